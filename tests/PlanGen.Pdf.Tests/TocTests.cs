using PlanGen.Document;
using PlanGen.Pdf.Document;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The table of contents agrees with where the headings really are.</summary>
public sealed class TocTests
{
    [Fact]
    public void TocPageNumbersPointToThePagesHoldingTheHeadings()
    {
        var document = Fixtures.PlanDocument();
        var layout = LayoutEngine.Record(document);
        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        Assert.Equal(layout.Pages.Count, pdf.NumberOfPages);

        var toc = Words(pdf, 2);
        Assert.StartsWith("OBS De Linde", toc);
        Assert.Contains("Inhoudsopgave", toc);
        Assert.Equal(7, layout.Toc.Count);
        foreach (var item in layout.Toc)
        {
            var page = layout.Anchors[item.Anchor];
            Assert.Contains(ExpectedText.Normalize($"{item.Text} {page}"), toc);
            Assert.Contains(ExpectedText.Normalize(item.Text), Words(pdf, page));
            if (page - 1 > 2)
            {
                Assert.DoesNotContain(ExpectedText.Normalize(item.Text), Words(pdf, page - 1));
            }
        }
    }

    [Fact]
    public void WithTheHouseStyleSwitchEachChapterStartsOnANewPageRightBelowTheHeader()
    {
        var document = RenderedDocument.Create(Fixtures.Info() with { NewPagePerChapter = true }, Fixtures.Plan);
        var layout = LayoutEngine.Record(document);
        var chapters = layout.Toc.Where(t => t.Level == 2).Select(t => layout.Anchors[t.Anchor]).ToList();
        Assert.Equal(chapters.Distinct().Count(), chapters.Count);
        Assert.True(chapters.SequenceEqual(chapters.Order()));
        foreach (var item in layout.Toc.Where(t => t.Level == 2))
        {
            var lines = layout.Pages[layout.Anchors[item.Anchor] - 1].Lines;
            var first = lines.First(l => l.Bounds.Y >= layout.Geometry.Top - 10);
            Assert.Equal(item.Text.Replace('\u2011', '-'), first.Text); // drawn text gives a no-break hyphen back as "-"
        }
    }

    [Fact]
    public void ByDefaultChaptersRunOnAndShareAPage()
    {
        var layout = LayoutEngine.Record(Fixtures.PlanDocument());
        var chapters = layout.Toc.Where(t => t.Level == 2).Select(t => layout.Anchors[t.Anchor]).ToList();
        Assert.True(chapters.Distinct().Count() < chapters.Count, "some chapters share a page");
        Assert.True(chapters.SequenceEqual(chapters.Order()));
        var perPage = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info() with { NewPagePerChapter = true }, Fixtures.Plan));
        Assert.True(layout.Pages.Count < perPage.Pages.Count);
    }

    [Fact]
    public void TocEntriesLinkToTheirHeadings()
    {
        var document = Fixtures.PlanDocument();
        var layout = LayoutEngine.Record(document, verbose: true);
        var gotos = layout.Pages[1].Log.Where(l => l.StartsWith("goto ", StringComparison.Ordinal)).ToList();
        Assert.Equal(layout.Toc.Count, gotos.Count);
        var anchors = layout.Pages.SelectMany(p => p.Log).Where(l => l.StartsWith("anchor ", StringComparison.Ordinal)).ToList();
        foreach (var item in layout.Toc)
        {
            Assert.Contains(gotos, g => g.EndsWith("#" + item.Anchor, StringComparison.Ordinal));
            Assert.Single(anchors, a => a.EndsWith("#" + item.Anchor, StringComparison.Ordinal));
        }

        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        var links = pdf.GetPage(2).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        // PDF/UA: a link annotation's /Contents describes it; for a TOC line that is the entry's text, not the destination's name.
        Assert.Equal(layout.Toc.Select(t => t.Text), links.Select(l => l.Content));
    }

    [Fact]
    public void EachTocEntryIsATociWithAReferenceToItsHeading()
    {
        var document = Fixtures.PlanDocument();
        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        var tagged = new TaggedPdf(pdf);
        var toc = LayoutEngine.Record(document).Toc;
        Assert.Equal(toc.Count, tagged.References.Count);
        var previous = -1;
        foreach (var (reference, item) in tagged.References.Zip(toc))
        {
            // TOCI > Reference > Link, the Reference's /Ref naming the heading the entry leads to.
            Assert.Equal("TOCI", reference.Parent);
            Assert.Equal(["Link"], reference.Kids);
            Assert.NotNull(reference.Target);
            Assert.Equal($"H{item.Level}", tagged.Role(reference.Target!.Value));
            var at = tagged.Order(reference.Target.Value);
            Assert.True(at > previous, "the references point at the headings in document order");
            previous = at;
        }
    }

    [Fact]
    public void SubsectionsAppearIndentedBelowTheirSectionInTheTocAndTheBookmarks()
    {
        var markdown = "# Plan\n\n## 1. Gedrag\n\nTekst.\n\n### 1.1 Consequenties\n\nTekst.\n\n#### Ongewenst gedrag\n\nTekst.\n\n#### Ernstig gedrag\n\nTekst.\n\n## 2. Rollen\n\n#### Leerkracht\n\nTekst.\n";
        var document = RenderedDocument.Create(Fixtures.Info(), markdown);
        var layout = LayoutEngine.Record(document);
        Assert.Equal([(2, "1. Gedrag"), (3, "1.1 Consequenties"), (4, "Ongewenst gedrag"), (4, "Ernstig gedrag"), (2, "2. Rollen"), (4, "Leerkracht")],
            layout.Toc.Select(t => (t.Level, t.Text)));
        var tocLines = layout.Pages[1].Lines;
        float Left(string text) => tocLines.Single(l => l.Text.StartsWith(text, StringComparison.Ordinal)).Bounds.X;
        Assert.True(Left("1. Gedrag") < Left("1.1 Consequenties") && Left("1.1 Consequenties") < Left("Ongewenst gedrag"));
        Assert.Equal(Left("Ongewenst gedrag"), Left("Leerkracht"));

        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.ToList();
        Assert.Equal(["1. Gedrag", "2. Rollen"], roots.Select(r => r.Title));
        var section = Assert.Single(roots[0].Children);
        Assert.Equal("1.1 Consequenties", section.Title);
        Assert.Equal(["Ongewenst gedrag", "Ernstig gedrag"], section.Children.Select(c => c.Title));
        Assert.Equal(["Leerkracht"], roots[1].Children.Select(c => c.Title));
        foreach (var node in bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>())
        {
            Assert.Equal(layout.Anchors[layout.Toc.Single(t => t.Text == node.Title).Anchor], node.PageNumber);
        }
    }

    private static string Words(PdfDocument pdf, int page) =>
        ExpectedText.Normalize(string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text)));
}
