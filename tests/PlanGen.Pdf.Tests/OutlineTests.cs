using System.Text;
using PlanGen.Pdf.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Bookmarks and document language, written natively by the serialiser.</summary>
public sealed class OutlineTests
{
    [Fact]
    public void BookmarksListChaptersWithTheirSectionsAndJumpToTheHeadings()
    {
        var document = Fixtures.PlanDocument();
        var layout = LayoutEngine.Record(document);
        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var chapters = bookmarks.Roots.ToList();
        Assert.Equal(layout.Toc.Where(t => t.Level == 2).Select(t => t.Text), chapters.Select(c => c.Title));
        var visie = chapters.Single(c => c.Title == "1. Visie en waarden");
        Assert.Equal(["1.1 Vaststelling"], visie.Children.Select(c => c.Title));
        foreach (var node in bookmarks.GetNodes().OfType<DocumentBookmarkNode>())
        {
            var item = layout.Toc.Single(t => t.Text == node.Title);
            Assert.Equal(layout.Anchors[item.Anchor], node.PageNumber);
        }
    }

    [Fact]
    public void CatalogDeclaresTheLanguage()
    {
        var bytes = Fixtures.Write(Fixtures.PlanDocument());
        Assert.Contains("/Lang (nl-NL)", Encoding.Latin1.GetString(bytes));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(4, pdf.NumberOfPages); // title, TOC, chapters running on
    }

    [Fact]
    public void BookmarkTitlesKeepNonAsciiCharacters()
    {
        var document = global::PlanGen.Document.RenderedDocument.Create(Fixtures.Info(), "# Plan\n\n## 1. Anti-pestcoördinator\n\nTekst.\n");
        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal("1. Anti-pestcoördinator", bookmarks.Roots.Single().Title);
    }
}
