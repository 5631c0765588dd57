using System.Globalization;
using PlanGen.Document;
using PlanGen.Pdf.Card;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Layout;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The kwaliteitskaart of every example school: one side when it fits at 8 pt, else two; full boxes; banner, cycle and legend.</summary>
public sealed class CardSheetTests
{
    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var card in ExampleCards.All)
        {
            data.Add(card.Info.SchoolName, card.Info.SchoolYear);
        }

        return data;
    }

    [Fact]
    public void ExampleCardsIncludeOneSidedAndTwoSidedOnes()
    {
        var pages = ExampleCards.All.Select(c => LayoutEngine.Record(c).Pages.Count).ToList();
        Assert.Contains(1, pages);
        Assert.Contains(2, pages);
        Assert.All(pages, p => Assert.InRange(p, 1, 2));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void CardIsReadableAndEveryBoxIsFilled(string school, string year)
    {
        var card = Find(school, year);
        var layout = LayoutEngine.Record(card, verbose: true);
        foreach (var page in layout.Pages)
        {
            // Text never below the 8 pt minimum: a smaller card would have gone to two sides.
            var scales = page.Log.Where(l => l.StartsWith("scale ", StringComparison.Ordinal)).Select(l => float.Parse(l[6..], CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(scales);
            Assert.All(scales, s => Assert.True(s >= CardScale.Min - 0.001f, $"{school} {year}: scale {s} under the minimum"));

            foreach (var (body, fill) in Bodies(page))
            {
                Assert.True(fill >= 0.4f, $"{school} {year}: a box at {body} is only {fill:P0} filled with text");
            }
        }

        if (layout.Pages.Count == 2)
        {
            Assert.Contains("Ambitie en aanbod", string.Join(" ", layout.Pages[0].Lines.Select(l => l.Text)));
            Assert.Contains("Plan & dialoog", string.Join(" ", layout.Pages[1].Lines.Select(l => l.Text)));
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void PdfCardHasBannerWithLogoAndStatusTheCycleAndTheLegend(string school, string year)
    {
        var card = Find(school, year);
        var bytes = Fixtures.Write(card);
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.True(page.Width > page.Height);
            Assert.Contains(card.Info.SchoolName.Split(' ')[^1], text);
            Assert.Contains(card.Info.SchoolYear, text);
            Assert.Contains(card.Info.IsConcept ? "Concept" : "Vastgesteld", text);
            Assert.Contains("volgen en evalueren", text);
        }

        var all = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        if (card.Syntax.OfType<PlanGen.Document.Nodes.PartnersBlock>().Any())
        {
            Assert.Contains("samenwerking met", all);
        }
        foreach (var phase in new[] { "Waarnemen", "Plannen", "Realiseren", "Evalueren", "Planning" })
        {
            Assert.Contains(phase, all);
        }

        // The cycle's arrows are a figure with alternative text (tagged PDF), as is the logo on every side.
        var alts = new TaggedPdf(pdf).FigureAlts;
        Assert.Contains(alts, a => a is not null && a.StartsWith("Cyclus van plan en dialoog: Waarnemen & begrijpen, dan Plannen", StringComparison.Ordinal));
        Assert.Equal(pdf.NumberOfPages, alts.Count(a => a is not null && (a.StartsWith("Logo", StringComparison.Ordinal) || a == card.Info.LogoAltText)));
    }

    /// <summary>
    /// Each box (a band and the tinted body right under it) and the share of its height its text
    /// covers, from the heading's first line to the body's last: the measure of a box stretched
    /// beyond its text. (Width is the text's own: a short line in a wide box is not stretching.)
    /// </summary>
    private static IEnumerable<(Rect Body, float Fill)> Bodies(Rendering.RecordingCanvas page)
    {
        var fills = page.Log.Where(l => l.StartsWith("fill ", StringComparison.Ordinal)).Select(Parse).ToList();
        for (var i = 1; i < fills.Count; i++)
        {
            var (band, body) = (fills[i - 1], fills[i]);
            if (Math.Abs(band.X - body.X) < 0.2f && Math.Abs(band.Width - body.Width) < 0.2f && Math.Abs(band.Bottom - body.Y) < 0.2f && body.Height > 10)
            {
                var box = band with { Height = band.Height + body.Height };
                var lines = page.Lines.Where(l => l.Bounds.X >= box.X - 1 && l.Bounds.Right <= box.Right + 1 && l.Bounds.Y >= box.Y - 1 && l.Bounds.Bottom <= box.Bottom + 1).Select(l => l.Bounds).ToList();
                var inBody = lines.Count(l => l.Y >= body.Y - 1);
                yield return (box, inBody == 0 ? 0 : (lines.Max(l => l.Bottom) - lines.Min(l => l.Y)) / box.Height);
            }
        }
    }

    private static Rect Parse(string line)
    {
        // "fill x,y wxh #RRGGBB"
        var parts = line.Split(' ');
        var xy = parts[1].Split(',');
        var wh = parts[2].Split('x');
        float F(string s) => float.Parse(s, CultureInfo.InvariantCulture);
        return new Rect(F(xy[0]), F(xy[1]), F(wh[0]), F(wh[1]));
    }

    private static RenderedDocument Find(string school, string year) =>
        ExampleCards.All.First(c => c.Info.SchoolName == school && c.Info.SchoolYear == year);
}
