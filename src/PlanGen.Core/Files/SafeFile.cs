namespace PlanGen.Core.Files;

/// <summary>
/// The one rule for every file PlanGen reads from a school's repository (YAML, templates, logos, bijlagen):
/// a regular file (no FIFO, device or folder) whose real path, symlinks resolved, lies inside one of the
/// allowed roots (the board's folder, which holds its schools, or a template folder).
/// </summary>
public static class SafeFile
{
    /// <summary>Null when <paramref name="path"/> may be read; else what is wrong, in Dutch.</summary>
    public static string? Problem(string path, IReadOnlyList<string> realRoots)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                return "het bestand bestaat niet";
            case FileKind.Directory:
                return "hier staat een map, geen bestand";
            case FileKind.Special:
                return "dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero); PlanGen leest alleen gewone bestanden";
        }
        return IsOutside(path, realRoots) ? Outside : null;
    }

    public const string Outside = "dit bestand is een koppeling (symlink) naar een plek buiten de map van het bestuur en de sjablonen; PlanGen leest alleen bestanden binnen de repository";

    public const string OutsideHint = "vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur";

    /// <summary>True when the path exists and its real path lies outside every root (a symlink out of the repository).</summary>
    public static bool IsOutside(string path, IReadOnlyList<string> realRoots)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return false;
        }
        var real = FileKinds.RealPath(path);
        return !realRoots.Any(root => FileKinds.IsInside(real, root));
    }

    /// <summary>The real path of a folder that roots a school's files (its board's folder).</summary>
    public static string RootOf(string folder) => FileKinds.RealPath(folder);
}
