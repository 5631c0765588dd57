using System.Text;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Reports;

/// <summary>
/// The Markdown job summary of `plangen ci`: per failed school its first errors (file:line: code message),
/// then one table row per school with its status, errors, warnings by code and the files (documents in
/// each format) this run changed; unchanged schools folded away under a details block.
/// </summary>
public static class CiSummary
{
    /// <summary>How many errors of one school the summary shows; the job log has them all.</summary>
    private const int FirstErrors = 5;

    public static string Render(IReadOnlyList<SchoolBuildResult> results, IReadOnlyList<Diagnostic> general, string title)
    {
        var text = new StringBuilder();
        var schools = results.Where(r => !r.Removed).ToList();
        var failed = schools.Count(r => r.Failed);
        var unchanged = schools.Where(r => r.Unchanged).ToList();
        var changed = results.Sum(r => r.Changed.Count);
        text.Append($"## {title}\n\n");
        text.Append($"{schools.Count - failed} van {schools.Count} scholen in orde, {failed} met fouten, {unchanged.Count} ongewijzigd; {changed} {(changed == 1 ? "bestand" : "bestanden")} gewijzigd");
        var warnings = results.Sum(r => Count(r, Severity.Warning));
        text.Append($", {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}.\n\n");
        foreach (var problem in general)
        {
            text.Append($"- **{Cell(problem.ToLine())}**\n");
        }
        if (general.Count > 0)
        {
            text.Append('\n');
        }
        Failures(text, schools.Where(r => r.Failed).OrderBy(r => r.School, StringComparer.Ordinal).ToList());
        var active = results.Where(r => !r.Unchanged).OrderBy(Rank).ThenBy(r => r.School, StringComparer.Ordinal).ToList();
        if (active.Count > 0)
        {
            Table(text, active);
        }
        if (unchanged.Count > 0)
        {
            text.Append($"<details><summary>{unchanged.Count} ongewijzigde {(unchanged.Count == 1 ? "school" : "scholen")}</summary>\n\n");
            Table(text, unchanged.OrderBy(r => r.School, StringComparer.Ordinal).ToList());
            text.Append("</details>\n");
        }
        return text.ToString();
    }

    /// <summary>"**bestuur/school**: 2 fouten, niet gebouwd" and a list of its first errors, each "`file:line`: CODE message (hint)".</summary>
    private static void Failures(StringBuilder text, IReadOnlyList<SchoolBuildResult> failed)
    {
        if (failed.Count == 0)
        {
            return;
        }
        text.Append($"### {(failed.Count == 1 ? "School" : "Scholen")} met fouten\n\n");
        foreach (var result in failed)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            text.Append($"**{Cell(result.School)}**: {errors.Count} {(errors.Count == 1 ? "fout" : "fouten")}, niet gebouwd\n\n");
            foreach (var error in errors.Take(FirstErrors))
            {
                var hint = error.Hint is null ? "" : $" ({error.Hint})";
                text.Append($"- `{Cell(error.Location.File).Replace("`", "'")}:{error.Location.Line}`: {error.Code} {Cell(error.Message + hint)}\n");
            }
            if (errors.Count > FirstErrors)
            {
                text.Append($"- en nog {errors.Count - FirstErrors} (zie de log van de job)\n");
            }
            text.Append('\n');
        }
    }

    private static void Table(StringBuilder text, IReadOnlyList<SchoolBuildResult> rows)
    {
        text.Append("| school | status | fouten | waarschuwingen | gewijzigde bestanden |\n");
        text.Append("|---|---|---:|---:|---|\n");
        foreach (var result in rows)
        {
            text.Append($"| {Cell(result.School)} | {Status(result)} | {Count(result, Severity.Error)} | {Warnings(result)} | {Documents(result)} |\n");
        }
        text.Append('\n');
    }

    private static int Rank(SchoolBuildResult result) => result switch
    {
        { Failed: true } => 0,
        { Removed: true } => 2,
        _ => 1,
    };

    private static string Status(SchoolBuildResult result) => result switch
    {
        { Failed: true } => "❌ fouten, niet gebouwd",
        { Removed: true } => "🗑️ verwijderd",
        { Unchanged: true } => "ongewijzigd",
        _ => "✅ gebouwd",
    };

    /// <summary>"3 (PG0323, PG0326 ×2)": the number of warnings and how many of each code.</summary>
    private static string Warnings(SchoolBuildResult result)
    {
        var codes = result.Diagnostics.Where(d => d.Severity == Severity.Warning).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return "0";
        }
        var parts = codes.Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}");
        return $"{codes.Sum(g => g.Count())} ({string.Join(", ", parts)})";
    }

    private static int Count(SchoolBuildResult result, Severity severity) => result.Diagnostics.Count(d => d.Severity == severity);

    /// <summary>"2025-2026/kwaliteitskaart.pdf, ..." relative to the school's own output folder.</summary>
    private static string Documents(SchoolBuildResult result)
    {
        var files = result.Removed ? result.Deleted : result.Changed;
        if (files.Count == 0)
        {
            return "–";
        }
        var marker = result.School + "/";
        var names = files.Select(f => f.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? f[(at + marker.Length)..] : f).Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", names.Take(12));
        return Cell(names.Count > 12 ? $"{shown} en nog {names.Count - 12}" : shown);
    }

    private static string Cell(string value) => ReportText.Clean(value).Replace("|", "\\|");
}
