using PlanGen.Document;
using PlanGen.Core.Output;
using PlanGen.Pdf.Document;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Checks by independent tools on the fixtures and every example school's documents: fonts embedded
/// (pdffonts), file sound (qpdf), tagged with headings in order (pdfinfo -struct-text).
/// </summary>
public sealed class PdfToolTests
{
    /// <summary>The fixtures and the example schools' documents (tests/golden), rendered once.</summary>
    private static readonly Lazy<List<(string Name, RenderedDocument Document, byte[] Pdf)>> Samples = new(() =>
    {
        var documents = new List<(string, RenderedDocument)> { ("plan", Fixtures.PlanDocument()), ("kaart", Fixtures.KaartDocument()) };
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "*.md").Order(StringComparer.Ordinal))
        {
            var kind = path.Contains("kwaliteitskaart", StringComparison.Ordinal) ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan;
            documents.Add((Path.GetFileName(path), RenderedDocument.Create(Fixtures.Info(kind), File.ReadAllText(path))));
        }

        return documents.Select(d => (d.Item1, d.Item2, Fixtures.Write(d.Item2))).ToList();
    });

    [SkippableFact]
    public void PdfinfoSaysTaggedAndListsTheHeadingsInOrderWithTheirLevels()
    {
        Tools.Require("pdfinfo", "poppler-utils");
        // The fixtures only: poppler re-reads a page for every marked-content id, seconds per long plan.
        foreach (var (name, document, pdf) in Samples.Value.Take(2))
        {
            var (info, code) = Tools.Run("pdfinfo", pdf);
            Assert.Equal(0, code);
            Assert.Matches(@"Tagged:\s+yes", info);

            var (structure, _) = Tools.Run("pdfinfo", pdf, "-struct-text");
            var lines = structure.Split('\n');
            // "    H2 (block)" followed by the heading's text in quotes.
            var headings = lines.Select((l, i) => (Line: l.Trim(), Next: i + 1 < lines.Length ? lines[i + 1].Trim().Trim('"') : ""))
                .Where(h => System.Text.RegularExpressions.Regex.IsMatch(h.Line, @"^H[1-6]\b"))
                .Select(h => (Level: h.Line[1] - '0', Text: h.Next)).ToList();
            Assert.True(headings.Count > 0, name);
            Assert.Equal(1, headings[0].Level);
            var toc = LayoutEngine.Record(document).Toc;
            if (toc.Count > 0)
            {
                // The chapters and sections of the table of contents, in order and at their level.
                var found = headings.Where(h => h.Level is 2 or 3).Select(h => (h.Level, h.Text)).ToList();
                var expected = toc.Select(t => (t.Level, t.Text)).ToList();
                Assert.Equal(expected, found.Where(f => f.Text != "Inhoudsopgave").ToList());
            }

            if (structure.Contains("Table", StringComparison.Ordinal))
            {
                Assert.Contains("TH", structure);
                Assert.Contains("TD", structure);
            }
        }
    }

    [SkippableFact]
    public void PdffontsShowsEveryFontEmbeddedAndSubset()
    {
        Tools.Require("pdffonts", "poppler-utils");
        foreach (var (_, _, pdf) in Samples.Value)
        {
            var (output, code) = Tools.Run("pdffonts", pdf);
            Assert.Equal(0, code);
            var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.True(fonts.Count >= 2, output);
            foreach (var font in fonts)
            {
                var columns = font.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Contains("NotoSans", columns[0]);
                // name type... encoding emb sub uni: the last five columns end with emb sub uni object id.
                Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            }
        }
    }

    [SkippableFact]
    public void QpdfCheckIsClean()
    {
        Tools.Require("qpdf", "qpdf");
        foreach (var (_, _, pdf) in Samples.Value)
        {
            var (output, code) = Tools.Run("qpdf", pdf, "--check");
            Assert.True(code == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output);
            Assert.DoesNotContain("WARNING", output);
        }
    }

    [Fact]
    public void FontsAreSubsetSoFilesStaySmall()
    {
        // Four whole Noto Sans faces would be about 2 MB.
        Assert.InRange(Fixtures.Write(Fixtures.PlanDocument()).Length, 10_000, 200_000);
        Assert.InRange(Fixtures.Write(Fixtures.KaartDocument()).Length, 10_000, 150_000);
    }
}
