using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

/// <summary>
/// Page composition of the example plans as LibreOffice sets the DOCX (pdftotext per page): no page
/// ends with a heading or a lead-in ("...:"), and every page but the cover and the last carries more
/// than ten lines of text (table cells count as lines, the running header and footer do not).
/// </summary>
public sealed class PageCompositionTests
{
    private const int HeaderLines = 2;   // school | document and year
    private const int FooterLines = 2;   // board, status and marks | "pagina X van Y"
    private const int FewestLines = 10;

    [SkippableFact]
    public void No_page_ends_with_a_heading_or_a_lead_in_and_no_page_before_the_last_is_nearly_empty()
    {
        var plans = LibreOfficeExamples.Plans.ToList();
        Assert.True(plans.Count >= 6, $"expected the example plans, found {plans.Count}");
        var wrong = new List<string>();
        var checkedPages = 0;
        foreach (var plan in plans)
        {
            var name = Path.GetFileName(plan.Docx);
            var headings = Headings(plan.Docx);
            var pages = LibreOffice.PageTexts(plan.Pdf)
                .Select(p => p.Split('\n').Select(TocPagesTests.Normalise).Where(l => l.Length > 0).ToList()).ToList();
            for (var i = 1; i < pages.Count - 1; i++)
            {
                checkedPages++;
                var body = pages[i].Skip(HeaderLines).SkipLast(FooterLines).ToList();
                Assert.True(pages[i][^1].StartsWith("pagina ", StringComparison.Ordinal), $"{name} page {i + 1}: footer not found at the foot: '{pages[i][^1]}'");
                if (body.Count <= FewestLines)
                {
                    wrong.Add($"{name} page {i + 1}: only {body.Count} lines of text");
                    continue;
                }

                var last = body[^1];
                if (last.EndsWith(':'))
                {
                    wrong.Add($"{name} page {i + 1} ends with a lead-in: '{last}'");
                }

                // A heading that wraps ends the page with its last line.
                var lastTwo = $"{body[^2]} {last}";
                if (headings.Any(h => h == last || h == lastTwo))
                {
                    wrong.Add($"{name} page {i + 1} ends with a heading: '{last}'");
                }
            }
        }

        Assert.True(checkedPages > 30, $"only {checkedPages} pages checked");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static List<string> Headings(string docx)
    {
        using var document = new OpenDocx(File.ReadAllBytes(docx));
        return document.Paragraphs
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => TocPagesTests.Normalise(OpenDocx.TextOf(p)))
            .Where(t => t.Length > 0)
            .ToList();
    }
}
