using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

/// <summary>
/// The TOC's pre-filled page numbers are the pages LibreOffice gives the headings: every example
/// plan is rendered with soffice and each entry's heading is looked up in pdftotext's text per page.
/// Word users get the same numbers without being asked to update fields (settings.xml no longer asks).
/// </summary>
public sealed class TocPagesTests
{
    [SkippableFact]
    public void Every_toc_number_is_the_page_LibreOffice_puts_the_heading_on_and_table_headers_stay_whole()
    {
        // The shared LibreOffice rendering of the example schools (one soffice call per test run).
        var plans = LibreOfficeExamples.Plans.ToList();
        Assert.True(plans.Count >= 6, $"expected the example plans, found {plans.Count}");
        var copies = plans.Select(p => p.Docx).ToList();
        var pdfs = plans.Select(p => p.Pdf).ToList();
        var wrong = new List<string>();
        var checkedEntries = 0;
        for (var i = 0; i < copies.Count; i++)
        {
            var pages = LibreOffice.PageTexts(pdfs[i]).Select(p => p.Split('\n').Select(Normalise).ToHashSet(StringComparer.Ordinal)).ToList();
            var from = 1;   // headings come in order: search from the previous heading's page
            foreach (var (text, page) in Entries(copies[i]))
            {
                checkedEntries++;
                var found = Enumerable.Range(from, pages.Count - from).FirstOrDefault(p => pages[p].Contains(text), -1);
                if (found < 0)
                {
                    wrong.Add($"{Path.GetFileName(copies[i])}: '{text}' (TOC page {page}) not found in LibreOffice's rendering after page {from + 1}");
                    continue;
                }

                from = found;
                if (found + 1 != page)
                {
                    wrong.Add($"{Path.GetFileName(copies[i])}: '{text}' TOC says {page}, LibreOffice puts it on {found + 1}");
                }
            }
        }

        Assert.True(checkedEntries > 100, $"only {checkedEntries} TOC entries checked");

        // Column widths from content: every table header ("Groepen", "Ingevuld door") stays on one line.
        for (var i = 0; i < copies.Count; i++)
        {
            var lines = LibreOffice.PageTexts(pdfs[i]).SelectMany(p => p.Split('\n')).Select(Normalise).ToHashSet(StringComparer.Ordinal);
            foreach (var header in HeaderCells(copies[i]).Where(h => !lines.Contains(h)))
            {
                wrong.Add($"{Path.GetFileName(copies[i])}: table header '{header}' is broken over lines in LibreOffice's rendering");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} problems in LibreOffice's rendering ({checkedEntries} TOC entries):\n{string.Join("\n", wrong)}");
    }

    private static List<string> HeaderCells(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, isEditable: false);
        return word.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            .SelectMany(r => r.Elements<TableCell>().Select(c => Normalise(c.InnerText)))
            .Where(t => t.Length > 0)
            .ToList();
    }

    /// <summary>Each TOC entry's heading text and pre-filled page number.</summary>
    internal static IEnumerable<(string Text, int Page)> Entries(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, isEditable: false);
        Assert.Null(word.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
        var entries = new List<(string, int)>();
        foreach (var link in word.MainDocumentPart.Document!.Body!.Descendants<Hyperlink>())
        {
            var style = link.Ancestors<Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style is not ("TOC1" or "TOC2" or "TOC3"))
            {
                continue;
            }

            var heading = new StringBuilder();
            foreach (var run in link.Elements<Run>())
            {
                if (run.GetFirstChild<TabChar>() is not null)
                {
                    break;
                }

                heading.Append(run.InnerText);
                heading.Append(run.Elements<NoBreakHyphen>().Any() ? "-" : "");
            }

            var page = int.Parse(link.Descendants<Text>().Last().Text, CultureInfo.InvariantCulture);
            entries.Add((Normalise(heading.ToString()), page));
        }

        return entries;
    }

    /// <summary>pdftotext gives U+2010 for a no-break hyphen and plain spaces; compare on that.</summary>
    internal static string Normalise(string text)
    {
        var plain = text.Replace('\u00A0', ' ').Replace('\u2011', '-').Replace('\u2010', '-').Replace("\u2060", "", StringComparison.Ordinal)
            .Replace("\u00AD", "", StringComparison.Ordinal);
        return string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
