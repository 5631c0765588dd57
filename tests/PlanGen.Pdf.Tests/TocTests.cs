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
            Assert.Equal(item.Text, first.Text);
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
        var links = pdf.GetPage(2).GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
        Assert.Equal(layout.Toc.Count, links);
    }

    private static string Words(PdfDocument pdf, int page) =>
        ExpectedText.Normalize(string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text)));
}
