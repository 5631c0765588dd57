using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Core.Output;
using PlanGen.Pdf.Document;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Checks by independent tools on the fixtures and every example school's documents (the golden
/// Markdown and the built schools with their logos and fonts): fonts embedded (pdffonts), file sound
/// (qpdf), tagged with headings in order, tables with TH/TD and the logo as a Figure (pdfinfo -struct-text).
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

    /// <summary>
    /// The fixtures and every example school's built document (with its logo), each with the Markdown
    /// it was made from; <c>pdfinfo -struct-text</c> runs once per document, the documents in parallel
    /// (poppler re-reads a page for every marked-content id: seconds per long plan).
    /// </summary>
    private static readonly Lazy<List<(string Name, RenderedDocument Document, byte[] Pdf, string Info, string Structure)>> Structures = new(() =>
    {
        var documents = new List<(string Name, RenderedDocument Document, byte[] Pdf)>();
        foreach (var (name, document) in new[] { ("plan", Fixtures.PlanDocument()), ("kaart", Fixtures.KaartDocument()) })
        {
            documents.Add((name, document, Fixtures.Write(document)));
        }

        foreach (var (name, pdf, markdown) in ExamplePdfs.WithMarkdown)
        {
            var kind = name.Contains("kwaliteitskaart", StringComparison.Ordinal) ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan;
            documents.Add((name, RenderedDocument.Create(Fixtures.Info(kind), markdown), pdf));
        }

        var results = new (string, RenderedDocument, byte[], string, string)[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (name, document, pdf) = documents[i];
            var (info, infoCode) = Tools.Run("pdfinfo", pdf);
            var (structure, structureCode) = Tools.Run("pdfinfo", pdf, "-struct-text");
            Assert.True(infoCode == 0 && structureCode == 0, $"{name}: pdfinfo failed\n{info}\n{structure}");
            results[i] = (name, document, pdf, info, structure);
        });
        return [.. results];
    });

    [SkippableFact]
    public void PdfinfoShowsEveryExampleDocumentTaggedWithItsHeadingsTablesAndLogo()
    {
        Tools.Require("pdfinfo", "poppler-utils");
        Assert.True(Structures.Value.Count >= 12, "the example schools were not built");
        foreach (var (name, document, pdf, info, structure) in Structures.Value)
        {
            Assert.Matches(@"Tagged:\s+yes", info);
            var tree = StructText.Parse(structure);

            // Headings in document order at the Markdown's levels (a skipped level is raised, as the writer does).
            var headings = tree.Where(e => StructText.HeadingLevel(e.Role) > 0).ToList();
            Assert.True(headings.Count > 0, name);
            Assert.Equal(1, StructText.HeadingLevel(headings[0].Role));
            var found = headings.Skip(1).Select(h => (Level: StructText.HeadingLevel(h.Role), Text: Visible(h.Text)))
                .Where(h => h.Text != "Inhoudsopgave").ToList();
            var expected = Expected(document);
            if (document.Info.Kind == DocumentKind.Kwaliteitskaart)
            {
                // Every side's banner carries the title (H1); the card shows its parts and blocks, strips
                // such as "In samenwerking met" are not headings there.
                Assert.All(found.Where(h => h.Level == 1), h => Assert.Equal(Visible(headings[0].Text), h.Text));
                var at = 0;
                foreach (var heading in found.Where(h => h.Level > 1))
                {
                    at = expected.IndexOf(heading, at);
                    Assert.True(at >= 0, $"{name}: heading {heading} is not in the Markdown at that level, in that order");
                    at++;
                }

                Assert.Contains(found, h => h.Level == 2);
            }
            else
            {
                Assert.Equal(expected, found);
            }

            // Every table with header cells and data cells, as many tables as the Markdown has.
            var tables = tree.Where(e => e.Role == "Table").ToList();
            Assert.Equal(document.Syntax.Descendants<Markdig.Extensions.Tables.Table>().Count(), tables.Count);
            foreach (var table in tables)
            {
                var cells = StructText.Within(tree, table).Select(e => e.Role).ToHashSet();
                Assert.True(cells.Contains("TH") && cells.Contains("TD"), $"{name}: a table without TH and TD");
            }

            if (name.Contains('/'))
            {
                // A built example school: its logo is a Figure (pdfinfo), with its alternative text (the tree's /Alt).
                Assert.Contains(tree, e => e.Role == "Figure");
                using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
                Assert.Contains(new TaggedPdf(read).FigureAlts, alt => alt is { Length: > 0 } a && a.StartsWith("Logo", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The document's headings below the title, levels raised where one was skipped.</summary>
    private static List<(int Level, string Text)> Expected(RenderedDocument document)
    {
        var last = 1;
        var result = new List<(int, string)>();
        foreach (var entry in document.Outline.Entries)
        {
            last = Math.Min(entry.Level, last + 1);
            result.Add((last, Visible(entry.Text)));
        }

        return result;
    }

    // The PDF's text gives a no-break hyphen back as a plain one (it draws the hyphen glyph).
    private static string Visible(string text) => text.Replace('\u00A0', ' ').Replace('\u2011', '-').Trim();

    [SkippableFact]
    public void PdffontsShowsEveryFontEmbeddedAndSubset()
    {
        Tools.Require("pdffonts", "poppler-utils");
        // The samples are in the default font; the example schools in their board's (Liberation Sans, Carlito, ...).
        foreach (var (name, pdf) in Samples.Value.Select(s => (s.Name, s.Pdf)).Concat(ExamplePdfs.All))
        {
            var (output, code) = Tools.Run("pdffonts", pdf);
            Assert.Equal(0, code);
            var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.True(fonts.Count >= 2, output);
            foreach (var font in fonts)
            {
                var columns = font.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!name.Contains('/'))
                {
                    Assert.Contains("NotoSans", columns[0]);
                }

                Assert.Equal("CID", columns[1]);
                // name type... encoding emb sub uni: the last five columns end with emb sub uni object id.
                Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            }
        }
    }

    [SkippableFact]
    public void QpdfCheckIsClean()
    {
        Tools.Require("qpdf", "qpdf");
        foreach (var (name, pdf) in Samples.Value.Select(s => (s.Name, s.Pdf)).Concat(ExamplePdfs.All))
        {
            var (output, code) = Tools.Run("qpdf", pdf, "--check");
            Assert.True(code == 0, $"{name}: {output}");
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
