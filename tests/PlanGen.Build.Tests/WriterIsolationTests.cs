using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Tests;
using PlanGen.Document;

namespace PlanGen.Build.Tests;

/// <summary>
/// A writer that fails costs one (school, document, format): a Dutch error names all three, every other
/// file is written, the build fails (exit 1 in the CLI), and no exception escapes the build.
/// </summary>
public class WriterIsolationTests
{
    /// <summary>A "pdf" writer that breaks on one school's kwaliteitskaart, as a writer bug on odd input would.</summary>
    private sealed class BreaksOn(string schoolName) : IDocumentWriter
    {
        public string Format => "pdf";

        public string Extension => "pdf";

        public void Write(RenderedDocument document, Stream output)
        {
            if (document.Info.SchoolName == schoolName && document.Info.Kind == DocumentKind.Kwaliteitskaart)
            {
                throw new InvalidOperationException("Stack empty.");
            }
            output.Write("%PDF-fake"u8);
        }
    }

    [Fact]
    public void A_writer_that_throws_for_one_document_stops_only_that_file()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        var general = new DiagnosticBag();

        var results = new BuildService().Build(new BuildOptions { Root = repo.Root, Writers = [new MarkdownWriter(), new BreaksOn("OBS 't Kompas")], Incremental = true }, general);

        var kompas = Assert.Single(results, r => r.School == "stichting-rivierenland/obs-t-kompas");
        var linde = Assert.Single(results, r => r.School == "stichting-rivierenland/obs-de-linde");
        Assert.True(kompas.Failed);
        Assert.False(linde.Failed);
        var error = Assert.Single(kompas.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0410: het formaat PDF van 'Kwaliteitskaart' (schooljaar 2025-2026) voor school stichting-rivierenland/obs-t-kompas kon niet gemaakt worden; de andere formaten en scholen zijn wel geschreven (vereenvoudig de tekst die dit document breekt (bijvoorbeeld heel diep geneste lijsten of citaten) en bouw opnieuw; blijft het zo, meld het dan bij de beheerder van PlanGen)", error.ToLine());
        var output = Path.Combine(repo.Root, "output", "stichting-rivierenland");
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order().ToList();
        Assert.Contains("obs-t-kompas/2025-2026/sociaal-veiligheidsplan.pdf", written);
        Assert.Contains("obs-t-kompas/2025-2026/kwaliteitskaart.md", written);
        Assert.DoesNotContain("obs-t-kompas/2025-2026/kwaliteitskaart.pdf", written);
        Assert.Contains("obs-de-linde/2025-2026/kwaliteitskaart.pdf", written);
        // No manifest for the failed school: the next build tries it again instead of trusting it.
        Assert.DoesNotContain("obs-t-kompas/.plangen-manifest.json", written);
        Assert.Contains("obs-de-linde/.plangen-manifest.json", written);
        Assert.DoesNotContain(written, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
