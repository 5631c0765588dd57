using System.Text.RegularExpressions;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Chapters run on: on the example schools' plans no page but the last carries 10 body lines or fewer
/// (pdftotext per page; the running header and footer and the title page do not count). Before chapters
/// ran on, 27 of 62 plan pages did.
/// </summary>
public sealed partial class PageCompositionTests
{
    [SkippableFact]
    public void ExamplePlansHaveNoNearlyEmptyPagesBeforeTheirLast()
    {
        Tools.Require("pdftotext", "poppler-utils");
        var plans = ExamplePdfs.Plans.ToList();
        Assert.True(plans.Count >= 5);
        foreach (var (name, pdf) in plans)
        {
            var (text, code) = Tools.Run("pdftotext", pdf, "-layout");
            Assert.Equal(0, code);
            var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
            var shortPages = pages.Select((page, i) => (Number: i + 1, Lines: BodyLines(page)))
                .Where(p => p.Number > 1 && p.Lines <= 10).ToList();
            Assert.True(shortPages.Count <= 1 && shortPages.All(p => p.Number == pages.Count),
                $"{name}: short pages {string.Join(", ", shortPages.Select(p => $"{p.Number} ({p.Lines} lines)"))} of {pages.Count}");
        }
    }

    /// <summary>Non-empty lines without the header (first line) and the footer ("pagina X van Y" and the status line).</summary>
    private static int BodyLines(string page) =>
        page.Split('\n').Where(l => l.Trim().Length > 0).Skip(1).Count(l => !Furniture().IsMatch(l));

    [GeneratedRegex(@"pagina \d+ van \d+|versie \d")]
    private static partial Regex Furniture();
}
