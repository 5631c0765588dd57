using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Loading;

/// <summary>
/// Finds school folders (those holding school.yaml) under the paths a user names: a school folder,
/// a board folder, the schools/ folder, or one of a school's YAML files.
/// </summary>
public static class SchoolDiscovery
{
    public const string SchoolFile = "school.yaml";
    public const string BoardFile = "bestuur.yaml";
    public const string YearPlanFolder = "jaarplannen";

    public static IReadOnlyList<string> Find(string root, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            var shown = PathDisplay.Relative(root, full);
            if (Directory.Exists(full))
            {
                if (File.Exists(Path.Combine(full, SchoolFile)) || Directory.Exists(Path.Combine(full, SchoolFile)))
                {
                    found.Add(full);
                    continue;
                }
                // Entries, not files: a folder or broken link named school.yaml is still a school, whose loader reports it.
                var schools = Directory.EnumerateFileSystemEntries(full, SchoolFile, SearchOption.AllDirectories).Select(Path.GetDirectoryName).ToList();
                if (schools.Count == 0)
                {
                    diagnostics.Error(SourceLocation.OfFile(shown), Codes.MissingFile, "in deze map staat geen enkele school (school.yaml)", "maak een school met: plangen new <bestuur>/<school>");
                }
                found.UnionWith(schools!);
            }
            else if (File.Exists(full))
            {
                var school = SchoolFolderOf(full);
                if (school is null)
                {
                    diagnostics.Error(SourceLocation.OfFile(shown), Codes.MissingFile, "dit bestand hoort niet bij een school (er staat geen school.yaml naast)", "geef de map van een school of een bestand uit die map");
                }
                else
                {
                    found.Add(school);
                }
            }
            else
            {
                diagnostics.Error(SourceLocation.OfFile(shown), Codes.MissingFile, "dit bestand of deze map bestaat niet", "controleer het pad");
            }
        }
        return found.ToList();
    }

    /// <summary>Does a school folder answer to the name a user typed: "school", "bestuur/school" or "schools/bestuur/school"?</summary>
    public static bool MatchesName(string directory, string name)
    {
        var normalized = name.Replace('\\', '/').Trim('/');
        var school = Path.GetFileName(directory);
        var board = Path.GetFileName(Path.GetDirectoryName(directory)!);
        return normalized == school || normalized == $"{board}/{school}" || normalized == $"schools/{board}/{school}";
    }

    private static string? SchoolFolderOf(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (Path.GetFileName(folder) == YearPlanFolder)
        {
            folder = Path.GetDirectoryName(folder)!;
        }
        if (File.Exists(Path.Combine(folder, SchoolFile)) || Directory.Exists(Path.Combine(folder, SchoolFile)))
        {
            return folder;
        }
        // bestuur.yaml: all schools of that board.
        return null;
    }
}
