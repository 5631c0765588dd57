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
                var schools = SchoolWalk.Under(root, full, diagnostics);
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
        return WithoutDuplicateIds(root, found, diagnostics);
    }

    /// <summary>
    /// Two folders with the same "bestuur/school" (schools/b/s and schools/archief/b/s) would write into one output
    /// folder, one silently over the other: an error naming both, and neither is built.
    /// </summary>
    private static IReadOnlyList<string> WithoutDuplicateIds(string root, IEnumerable<string> found, DiagnosticBag diagnostics)
    {
        var kept = new List<string>();
        foreach (var group in found.GroupBy(IdOf, StringComparer.Ordinal))
        {
            var folders = group.ToList();
            if (folders.Count == 1)
            {
                kept.Add(folders[0]);
                continue;
            }
            var shown = folders.Select(f => PathDisplay.Relative(root, f)).ToList();
            foreach (var folder in folders.Skip(1))
            {
                diagnostics.Error(SourceLocation.OfFile(PathDisplay.Relative(root, Path.Combine(folder, SchoolFile))), Codes.DuplicateSchool,
                    $"deze school heet net als {shown[0]} '{group.Key}': beide zouden in output/{group.Key} schrijven, daarom wordt geen van beide gebouwd",
                    "hernoem of verwijder een van de twee mappen (een oude school hoort niet onder schools/), of noem de map die je bedoelt");
            }
        }
        return kept;
    }

    /// <summary>"bestuur/school": the folder names, as in the output folder and the manifest.</summary>
    public static string IdOf(string schoolDirectory) =>
        $"{Path.GetFileName(Path.GetDirectoryName(schoolDirectory))}/{Path.GetFileName(schoolDirectory)}";

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
