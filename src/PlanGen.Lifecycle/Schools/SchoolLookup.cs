using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Lifecycle.Schools;

/// <summary>Finds schools by name ("obs-de-linde", "bestuur/school" or "schools/bestuur/school") and checks them.</summary>
public static class SchoolLookup
{
    public static IReadOnlyList<SchoolChecker.CheckedSchool> Find(string root, string? filter, DiagnosticBag general)
    {
        var schools = SchoolChecker.Check(root, ["schools"], general);
        return filter is null ? schools : schools.Where(s => SchoolDiscovery.MatchesName(s.Directory, filter)).ToList();
    }

    /// <summary>School folders only (no loading), for commands that edit files as text.</summary>
    public static IReadOnlyList<string> Folders(string root, string? filter)
    {
        var schools = Path.Combine(root, "schools");
        if (!Directory.Exists(schools))
        {
            return [];
        }
        return Directory.EnumerateFiles(schools, "school.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!)
            .Where(d => filter is null || SchoolDiscovery.MatchesName(d, filter))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string Id(string directory) =>
        $"{Path.GetFileName(Path.GetDirectoryName(directory))}/{Path.GetFileName(directory)}";
}
