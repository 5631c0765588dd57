using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Tests;

internal static class Checks
{
    /// <summary>All diagnostics of all schools in the repository, as the one-line form users see.</summary>
    public static List<string> Lines(TestRepository repo, params string[] paths) => Lines(repo, regime: null, paths);

    public static List<string> Lines(TestRepository repo, string? regime, params string[] paths)
    {
        var general = new DiagnosticBag();
        var schools = SchoolChecker.Check(repo.Root, paths.Length == 0 ? ["schools"] : paths, general, regime);
        var all = new DiagnosticBag();
        all.AddRange(general.Items);
        foreach (var school in schools)
        {
            all.AddRange(school.Diagnostics.Items);
        }
        return all.Sorted().Select(d => d.ToLine()).ToList();
    }
}
