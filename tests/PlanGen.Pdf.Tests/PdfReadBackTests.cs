using System.Text;
using PlanGen.Core.Output;
using PlanGen.Document;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The fixtures' PDFs read back by other programs: every heading and paragraph, in order.</summary>
public sealed class PdfReadBackTests
{
    public static TheoryData<string> Documents => new() { "plan", "kaart" };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void PdftotextFindsEveryBlockInReadingOrder(string name)
    {
        Tools.Require("pdftotext", "poppler-utils");
        var document = Load(name);
        // The card's grid is several columns; pdftotext's own column guessing interleaves them,
        // so read it in content order (-raw), which is the order the layout engine draws in.
        var (text, code) = name == "kaart"
            ? Tools.Run("pdftotext", Fixtures.Write(document), "-raw")
            : Tools.Run("pdftotext", Fixtures.Write(document));
        Assert.Equal(0, code);
        var blocks = ExpectedText.Blocks(document);
        Assert.True(blocks.Count > 10, "the fixture should have many blocks");
        ExpectedText.AssertInOrder(blocks, text);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void PdfPigFindsEveryBlockInReadingOrder(string name)
    {
        var document = Load(name);
        using var pdf = PdfDocument.Open(Fixtures.Write(document));
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            double? baseline = null;
            foreach (var letter in page.Letters)
            {
                // A new baseline is a new line: separate it like a space.
                if (baseline is { } b && Math.Abs(b - letter.StartBaseLine.Y) > 1)
                {
                    text.Append('\n');
                }

                text.Append(letter.Value);
                baseline = letter.StartBaseLine.Y;
            }

            text.Append('\n');
        }

        ExpectedText.AssertInOrder(ExpectedText.Blocks(document), text.ToString());
    }

    [Fact]
    public void TitlePageShowsSchoolYearAndAdoption()
    {
        using var pdf = PdfDocument.Open(Fixtures.Write(Fixtures.PlanDocument()));
        var first = ExpectedText.Normalize(string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Contains("Sociaal veiligheidsplan", first);
        Assert.Contains("OBS De Linde", first);
        Assert.Contains("Schooljaar 2025-2026", first);
        Assert.Contains("Vastgesteld door de MR op 15 september 2025", first);
        Assert.DoesNotContain("pagina", first);
    }

    [Fact]
    public void EveryPageAfterTheTitleHasPageXOfY()
    {
        using var pdf = PdfDocument.Open(Fixtures.Write(Fixtures.PlanDocument()));
        var total = pdf.NumberOfPages;
        for (var n = 2; n <= total; n++)
        {
            var words = ExpectedText.Normalize(string.Join(" ", pdf.GetPage(n).GetWords().Select(w => w.Text)));
            Assert.Contains($"pagina {n} van {total}", words);
            Assert.Contains("OBS De Linde", words);
        }
    }

    [Fact]
    public void LinksAreClickable()
    {
        using var pdf = PdfDocument.Open(Fixtures.Write(Fixtures.PlanDocument()));
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations())
            .Select(a => a.Action is UglyToad.PdfPig.Actions.UriAction uri ? uri.Uri : null)
            .OfType<string>().ToList();
        Assert.Contains("https://www.delinde.example/schoolgids", uris);
        Assert.Contains("mailto:f.dewit@delinde.example", uris);
    }

    private static RenderedDocument Load(string name) => name == "kaart" ? Fixtures.KaartDocument() : Fixtures.PlanDocument();
}
