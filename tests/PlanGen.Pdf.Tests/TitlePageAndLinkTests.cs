using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class TitlePageAndLinkTests
{
    [Fact]
    public void LogoFromDocumentInfoIsDrawnOnTheTitlePageOnly()
    {
        var logo = Path.Combine(Path.GetTempPath(), $"plangen-logo-{Guid.NewGuid():N}.png");
        try
        {
            File.WriteAllBytes(logo, TestImages.Png(120, 60, 0x1B, 0x5E, 0x20));

            var document = Fixtures.PlanDocument(logo);
            var layout = LayoutEngine.Record(document, verbose: true);
            var images = layout.Pages.Select(p => p.Log.Count(l => l.StartsWith("image ", StringComparison.Ordinal))).ToList();
            Assert.Equal(1, images[0]);
            Assert.All(images.Skip(1), n => Assert.Equal(0, n));

            using var pdf = PdfDocument.Open(Fixtures.Write(document));
            Assert.Single(pdf.GetPage(1).GetImages());
        }
        finally
        {
            File.Delete(logo);
        }
    }

    [Fact]
    public void MissingLogoIsSkippedNotFatal()
    {
        var bytes = Fixtures.Write(Fixtures.PlanDocument("/nonexistent/logo.png"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Empty(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void InternalLinksJumpToHeadings()
    {
        var markdown = "# Plan\n\n## 1. Visie\n\nZie [het actieplan](#2-actieplan).\n\n## 2. Actieplan\n\nStappen.\n";
        var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(), markdown), verbose: true);
        var page = layout.Pages.Single(p => p.Lines.Any(l => l.Text.StartsWith("Zie het actieplan", StringComparison.Ordinal)));
        Assert.Contains(page.Log, l => l.StartsWith("goto ", StringComparison.Ordinal) && l.EndsWith("#2-actieplan", StringComparison.Ordinal));
        Assert.Equal(3, layout.Anchors["2-actieplan"]); // title, TOC, then both chapters on one page
    }

    [Fact]
    public void TextIsEscapedNotInterpreted()
    {
        var markdown = "# Plan\n\n## 1. Tekens\n\nHaakjes (zo) \\[en\\] <b>geen html</b> & 100% \\\\ backslash.\n";
        var bytes = Fixtures.Write(RenderedDocument.Create(Fixtures.Info(), markdown));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Haakjes (zo) [en]", text);
        Assert.Contains("100% \\ backslash.", text);
    }
}
