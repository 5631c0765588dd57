namespace PlanGen.Core.Building;

/// <summary>Writes a file all at once: into a temporary file beside it, then renamed over the old one.</summary>
public static class AtomicFile
{
    /// <summary>Writes when the content differs; returns true when the file was written.</summary>
    public static bool Write(string path, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Write(path, buffer.ToArray());
    }

    /// <summary>Writes <paramref name="bytes"/> when they differ from the file's; returns true when the file was written.</summary>
    public static bool Write(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        return true;
    }
}
