using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Html.Tests;

/// <summary>
/// Writes the fixtures' pages to the folder in PLANGEN_HTML_SAMPLES, for looking at them in a
/// browser (e.g. headless chromium screenshots). Skipped when the variable is not set.
/// </summary>
public sealed class SamplePages
{
    [SkippableFact]
    public void Write_sample_pages_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable("PLANGEN_HTML_SAMPLES");
        Skip.If(string.IsNullOrEmpty(folder), "set PLANGEN_HTML_SAMPLES to a folder to get sample pages");
        Directory.CreateDirectory(folder);
        var logo = TestDocuments.WriteTinyPng();
        File.WriteAllBytes(Path.Combine(folder, "plan.html"), TestDocuments.WriteBytes(TestDocuments.Plan(logo)));
        File.WriteAllBytes(Path.Combine(folder, "kaart.html"), TestDocuments.WriteBytes(TestDocuments.Kaart()));
        var longWords = RenderedDocument.Create(
            TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan),
            "# Lange woorden\n\n## " + new string('k', 120) + "\n\n" + new string('x', 400) + "\n\n| a | " + new string('y', 200) + " |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n[js](javascript:alert(1))\n");
        File.WriteAllBytes(Path.Combine(folder, "lang.html"), TestDocuments.WriteBytes(longWords));
    }
}
