using PlanGen.Core.Assets;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;

namespace PlanGen.Core.Validation;

/// <summary>
/// Resolves a logo path safely: relative, inside the repository's schools folder (symlinks resolved), a
/// regular file, and a PNG or JPEG that <see cref="ImageProbe"/> accepts. Writers only ever get a logo
/// that passed here, so no image library sees a broken or oversized file.
/// </summary>
public static class AssetPaths
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg"];

    /// <summary>The absolute path when valid, else null with the Dutch <paramref name="problem"/>.</summary>
    public static string? Resolve(string baseDirectory, string relative, out string? problem) => Resolve(baseDirectory, relative, out problem, out _);

    private static string? Resolve(string baseDirectory, string relative, out string? problem, out ImageInfo? image)
    {
        image = null;
        problem = null;
        if (Path.IsPathRooted(relative) || relative.Contains("://", StringComparison.Ordinal))
        {
            problem = "een logo moet een pad binnen de repository zijn, geen absoluut pad of webadres";
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(baseDirectory, relative));
        var schoolsRoot = Path.GetFullPath(Path.Combine(baseDirectory, "..", ".."));
        var boardRoot = Path.GetDirectoryName(baseDirectory)!;
        if (!full.StartsWith(Path.GetFullPath(boardRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !full.StartsWith(schoolsRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "het pad van het logo wijst buiten de map van het bestuur";
            return null;
        }
        if (!ImageExtensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            problem = "een logo moet een PNG- of JPEG-bestand zijn";
            return null;
        }
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            problem = $"het logo '{relative}' bestaat niet";
            return null;
        }
        if (SafeFile.Problem(full, [SafeFile.RootOf(schoolsRoot)]) is { } unsafeFile)
        {
            problem = unsafeFile == SafeFile.Outside ? "het logo is een koppeling (symlink) naar een bestand buiten de repository" : $"het logo '{relative}': {unsafeFile}";
            return null;
        }
        var length = new FileInfo(full).Length;
        if (length > ImageProbe.MaxBytes)
        {
            problem = $"het logo is {length / (1024 * 1024)} MB; dat is te groot (maximaal {ImageProbe.MaxBytes / (1024 * 1024)} MB)";
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"het logo '{relative}' kan niet gelezen worden";
            return null;
        }
        if (!ImageProbe.TryRead(bytes, out var info, out var bad))
        {
            problem = bad;
            return null;
        }
        image = info;
        return full;
    }

    public static void Check(string baseDirectory, string relative, SourceLocation at, DiagnosticBag diagnostics)
    {
        var path = Resolve(baseDirectory, relative, out var problem, out _);
        if (path is null)
        {
            diagnostics.Error(at, Codes.BadAssetPath, problem!, "zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png");
            return;
        }
        var length = new FileInfo(path).Length;
        if (length > ImageProbe.WarnBytes)
        {
            diagnostics.Warning(at, Codes.LargeAsset, $"het logo is {length / 1024} kB; het komt in elke pagina en elk document", "verklein het logo tot minder dan 2 MB (50 tot 300 kB is genoeg)");
        }
    }
}
