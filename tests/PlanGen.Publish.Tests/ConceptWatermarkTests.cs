using UglyToad.PdfPig;

namespace PlanGen.Publish.Tests;

/// <summary>
/// A plan that is not adopted for its school year says so on every PDF page: a light "CONCEPT"
/// across the page and "Concept – versie 0.9" in the footer; an adopted plan carries neither.
/// Read back with PdfPig from the real build of the example schools (De Linde 2026-2027 is a concept).
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class ConceptWatermarkTests(EditionBuild build)
{
    private string Pdf(string year) =>
        Path.Combine(build.Internal, "stichting-rivierenland/obs-de-linde", year, "sociaal-veiligheidsplan.pdf");

    [Fact]
    public void Every_page_of_a_concept_carries_the_light_CONCEPT_mark()
    {
        using var pdf = PdfDocument.Open(Pdf("2026-2027"));
        Assert.True(pdf.NumberOfPages > 3);
        foreach (var page in pdf.GetPages())
        {
            var mark = page.GetWords().Where(w => w.Text == "CONCEPT").ToList();
            var word = Assert.Single(mark);
            var letter = word.Letters[0];
            Assert.True(letter.PointSize >= 48, $"page {page.Number}: CONCEPT is {letter.PointSize}pt");
            // Light: every channel near white, so the text under it stays readable.
            var (r, g, b) = letter.Color.ToRGBValues();
            Assert.True(r > 0.85 && g > 0.85 && b > 0.85, $"page {page.Number}: CONCEPT is not light ({r:0.00}, {g:0.00}, {b:0.00})");
            // Roughly in the middle of the page.
            Assert.InRange(word.BoundingBox.Centroid.Y, page.Height * 0.3, page.Height * 0.7);
            if (page.Number > 1)
            {
                Assert.Contains("Concept \u2013 versie 0.9", page.Text);
            }
        }
    }

    [Fact]
    public void An_adopted_plan_has_no_concept_mark()
    {
        using var pdf = PdfDocument.Open(Pdf("2025-2026"));
        foreach (var page in pdf.GetPages())
        {
            Assert.DoesNotContain(page.GetWords(), w => w.Text == "CONCEPT");
            Assert.DoesNotContain("Concept", page.Text, StringComparison.Ordinal);
        }
    }
}
