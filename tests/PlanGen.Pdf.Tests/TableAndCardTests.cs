using System.Text;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Elements.Tables;
using PlanGen.Pdf.Layout;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class TableAndCardTests
{
    [Fact]
    public void LongTableRepeatsItsHeaderAndKeepsEveryRowOnce()
    {
        var markdown = new StringBuilder("# Plan\n\n## 1. Activiteiten\n\n| Wat | Wanneer | Wie |\n|---|---|---|\n");
        for (var i = 1; i <= 120; i++)
        {
            markdown.Append($"| Activiteit {i:000} met een wat langere omschrijving | week {i} | team |\n");
        }

        var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(), markdown.ToString()));
        var tablePages = layout.Pages.Skip(2).ToList();
        Assert.True(tablePages.Count >= 3, $"120 rows should take several pages, got {tablePages.Count}");
        foreach (var page in tablePages)
        {
            var body = page.Lines.Where(l => l.Bounds.Y > layout.Geometry.Top - 10 && l.Bounds.Bottom < layout.Geometry.Height - layout.Geometry.Bottom).ToList();
            var header = body.FindIndex(l => l.Text == "Wat");
            Assert.True(header >= 0 && header <= 3, "the header row starts each page of the table");
        }

        var rows = layout.Pages.SelectMany(p => p.Lines).Where(l => l.Text.StartsWith("Activiteit ", StringComparison.Ordinal)).Select(l => l.Text[..14]).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"Activiteit {i:000}"), rows);
    }

    [Fact]
    public void RowTallerThanAPageIsSplitWithoutLosingText()
    {
        var words = Enumerable.Range(1, 150).Select(i => $"woord{i}").ToList();
        Element[] Row(string a, string b) => [new TextBlock(Harness.Words(a)), new TextBlock(Harness.Words(b))];
        var style = new TableStyle(Color.Black, Color.White, Color.LightGrey, 4);
        var table = new Table(() => Row("Stap", "Toelichting"), [Row("1", string.Join(" ", words)), Row("2", "kort")], [30, 60], [30, 400], style);
        var pages = Harness.Run(table);
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.Equal("Stap", p.Lines[0].Text));
        var text = string.Join(" ", pages.SelectMany(p => p.Lines).Select(l => l.Text)).Split(' ');
        Assert.Equal(words, text.Where(w => w.StartsWith("woord", StringComparison.Ordinal)));
        Assert.Single(text, "kort");
    }

    [Fact]
    public void SmallCardIsOneLandscapeSideWithColouredBlocksAndBothParts()
    {
        var document = Fixtures.KaartDocument();
        var layout = LayoutEngine.Record(document, verbose: true);
        // The fixture's two kaart-pagina's fit one side at 8 pt or more: the card takes one side.
        Assert.Single(layout.Pages);
        Assert.True(layout.Geometry.Width > layout.Geometry.Height);

        var first = layout.Pages[0].Log;
        // Block colours are the shared house style's text-safe shades: check (#EF6C00) is darkened for white text.
        foreach (var colour in new[] { "#2E7D32", "#1565C0", "#BF5600", "#6A1B9A", "#1B5E20" })
        {
            Assert.Contains(first, l => l.StartsWith("fill ", StringComparison.Ordinal) && l.EndsWith(colour, StringComparison.Ordinal));
        }

        var text = string.Join(" | ", layout.Pages[0].Lines.Select(l => l.Text));
        Assert.Contains("Kwaliteit", text);
        Assert.Contains("Samenwerking", text);
        Assert.Contains("Plan & dialoog", text);
        Assert.Contains("Planning komend schooljaar", text);
        Assert.Contains("pagina 1 van 1", text);

        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        Assert.All(pdf.GetPages(), p => Assert.True(p.Width > p.Height));
    }

    [Fact]
    public void CardBlockTextShrinksInsteadOfOverflowing()
    {
        var items = string.Concat(Enumerable.Range(1, 60).Select(i => $"- Punt {i} met een toelichting die de regel vult\n"));
        var markdown = $"# Kaart\n\n:::: kaart-pagina\n## Kwaliteit\n\n::: blok plan\n### Ambitie\n{items}:::\n\n::: blok do\n### Aanbod\n- Kanjertraining\n:::\n::::\n";
        var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(DocumentKind.Kwaliteitskaart), markdown), verbose: true);
        Assert.Single(layout.Pages);
        Assert.Contains(layout.Pages[0].Log, l => l.StartsWith("scale 0.", StringComparison.Ordinal));
        // One scale for all blocks of the page, so the card's text sizes match.
        Assert.Single(layout.Pages[0].Log.Where(l => l.StartsWith("scale ", StringComparison.Ordinal)).Distinct());
        var lines = layout.Pages[0].Lines;
        Assert.Contains(lines, l => l.Text.StartsWith("Punt 60 ", StringComparison.Ordinal));
        var bottom = layout.Geometry.Height - layout.Geometry.Bottom;
        Assert.All(lines.Where(l => l.Text.StartsWith("Punt", StringComparison.Ordinal)), l => Assert.True(l.Bounds.Bottom <= bottom + 0.1f));
    }
}
