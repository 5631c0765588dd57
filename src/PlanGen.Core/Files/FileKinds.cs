using System.Runtime.InteropServices;

namespace PlanGen.Core.Files;

public enum FileKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A FIFO, device, socket or anything else that is not a plain file: reading it may hang or never end.</summary>
    Special,
}

/// <summary>
/// What a path really is (symlinks followed) and where it really is. .NET reports a FIFO or /dev/zero as an
/// ordinary file of length 0, so on Linux we ask the kernel with statx (a fixed, architecture-independent
/// layout) and resolve paths with realpath; elsewhere we fall back to what .NET can tell.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && Statx(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Special,
            };
        }
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The path with every symlink resolved (like realpath(3)); the full path itself when it cannot be resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = NativeRealPath(full, IntPtr.Zero);
                if (resolved != IntPtr.Zero)
                {
                    try
                    {
                        return Marshal.PtrToStringUTF8(resolved) ?? full;
                    }
                    finally
                    {
                        NativeFree(resolved);
                    }
                }
                return full;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET can resolve.
            }
        }
        return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>Is <paramref name="path"/> (a real path) <paramref name="root"/> or inside it?</summary>
    public static bool IsInside(string path, string root)
    {
        var folder = Path.TrimEndingDirectorySeparator(root);
        return path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static uint? Statx(string path)
    {
        try
        {
            var buffer = new byte[256];
            return NativeStatx(AtFdCwd, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, ModeOffset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int NativeStatx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void NativeFree(IntPtr pointer);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr NativeRealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
