using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Reports;

/// <summary>Machine-readable report for CI: every diagnostic with its place, code, severity, message and hint.</summary>
public static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int schools)
    {
        var report = new
        {
            scholen = schools,
            fouten = diagnostics.Count(d => d.Severity == Severity.Error),
            waarschuwingen = diagnostics.Count(d => d.Severity == Severity.Warning),
            meldingen = diagnostics.Select(d => new
            {
                bestand = ReportText.Clean(d.Location.File),
                regel = d.Location.Line,
                kolom = d.Location.Column,
                code = d.Code,
                ernst = d.Severity == Severity.Error ? "fout" : "waarschuwing",
                bericht = ReportText.Clean(d.Message),
                hint = d.Hint is null ? null : ReportText.Clean(d.Hint),
            }),
        };
        output.WriteLine(JsonTree.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
