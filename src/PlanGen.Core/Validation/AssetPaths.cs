using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Validation;

/// <summary>Resolves a logo path safely: relative, inside the repository's schools folder, an existing PNG or JPEG.</summary>
public static class AssetPaths
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg"];

    /// <summary>The absolute path when valid, else null (with a diagnostic when one is given).</summary>
    public static string? Resolve(string baseDirectory, string relative, out string? problem)
    {
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
        if (!File.Exists(full))
        {
            problem = $"het logo '{relative}' bestaat niet";
            return null;
        }
        return full;
    }

    public static void Check(string baseDirectory, string relative, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Resolve(baseDirectory, relative, out var problem) is null)
        {
            diagnostics.Error(at, Codes.BadAssetPath, problem!, "zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png");
        }
    }
}
