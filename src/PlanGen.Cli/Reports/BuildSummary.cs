using PlanGen.Core.Building;

namespace PlanGen.Cli.Reports;

/// <summary>The last line of a build: how many schools were built, skipped, failed and removed, and how many files changed.</summary>
public static class BuildSummary
{
    public static string Line(IReadOnlyList<SchoolBuildResult> results, string outputDirectory)
    {
        var schools = results.Where(r => !r.Removed).ToList();
        var failed = schools.Count(r => r.Failed);
        var unchanged = schools.Count(r => r.Unchanged);
        var changed = results.Sum(r => r.Changed.Count);
        var removed = results.Count(r => r.Removed);
        var deleted = results.Sum(r => r.Deleted.Count);
        var text = $"{schools.Count - failed} van {schools.Count} scholen gebouwd";
        if (unchanged > 0)
        {
            text += $" ({unchanged} ongewijzigd overgeslagen)";
        }
        text += $", {changed} {(changed == 1 ? "bestand" : "bestanden")} geschreven in {outputDirectory}/.";
        if (deleted > 0 || removed > 0)
        {
            text += $" {deleted} {(deleted == 1 ? "bestand" : "bestanden")} verwijderd" + (removed > 0 ? $" ({removed} verdwenen {(removed == 1 ? "school" : "scholen")})." : ".");
        }
        if (failed > 0)
        {
            text += $" {failed} school/scholen niet gebouwd door fouten.";
        }
        return text;
    }
}
