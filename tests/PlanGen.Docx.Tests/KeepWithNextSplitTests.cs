using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>
/// Keep-with-next at a page foot: a heading followed by a six-line paragraph is moved down the page line
/// by line (one more filler line per document) across the foot of page 2. LibreOffice keeps the heading
/// with the paragraph's first two lines and splits the paragraph; our page model must give the TOC the
/// same page in every position. The model's decision is written into the DOCX: where the heading stays
/// with a paragraph that breaks, the heading has no keep-with-next any more; where the model moves it,
/// the paragraph after it keeps its lines together, so LibreOffice cannot start it on the old page.
/// </summary>
public sealed class KeepWithNextSplitTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-docx-keep-{Guid.NewGuid():N}");

    [SkippableFact]
    public void A_heading_stays_with_the_first_lines_of_a_paragraph_that_breaks_over_the_page()
    {
        Directory.CreateDirectory(output);
        var info = TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", null) with { Adoptions = [] };
        const int fewest = 12;
        var files = Enumerable.Range(fewest, 14).Select(fillers =>
        {
            var path = Path.Combine(output, $"vulregels-{fillers:00}.docx");
            File.WriteAllBytes(path, TestDocuments.WriteDocx(RenderedDocument.Create(info, Markdown(fillers))));
            return path;
        }).ToList();

        var pdfs = LibreOffice.ToPdf(files, Path.Combine(output, "pdf"));
        var wrong = new List<string>();
        var splits = 0;
        var released = 0;
        var keptWhole = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var pages = LibreOffice.PageTexts(pdfs[i]).Select(p => p.Split('\n').Select(TocPagesTests.Normalise).ToList()).ToList();
            var entry = TocPagesTests.Entries(files[i]).Single(e => e.Text == "2. Tweede hoofdstuk");
            var heading = pages.FindIndex(1, p => p.Contains(entry.Text)) + 1;
            var first = pages.FindIndex(1, p => p.Any(l => l.StartsWith("Deze alinea telt", StringComparison.Ordinal))) + 1;
            var last = pages.FindIndex(1, p => p.Any(l => l.EndsWith("alinea.", StringComparison.Ordinal))) + 1;
            Assert.True(heading > 0 && first == heading && last >= first, $"{Path.GetFileName(files[i])}: heading on {heading}, paragraph {first}-{last}");
            splits += last > first ? 1 : 0;
            var (keepNext, keepLines) = Keeps(files[i]);
            released += keepNext ? 0 : 1;
            keptWhole += keepLines ? 1 : 0;
            if (keepNext == (last > first))
            {
                wrong.Add($"{Path.GetFileName(files[i])}: heading keepNext {keepNext}, but LibreOffice breaks the paragraph {first}-{last}");
            }

            var lastFiller = pages.FindLastIndex(p => p.Contains($"Regel {fewest + i} van het eerste hoofdstuk.")) + 1;
            if (keepLines && lastFiller != heading - 1)
            {
                wrong.Add($"{Path.GetFileName(files[i])}: the model moved the heading, but LibreOffice sets it on {heading} after the last filler on {lastFiller}");
            }

            if (entry.Page != heading)
            {
                wrong.Add($"{Path.GetFileName(files[i])}: TOC says {entry.Page}, LibreOffice puts the heading on {heading} (paragraph {first}-{last})");
            }
        }

        Assert.True(splits > 0, "no document has the heading at the foot of a page with its paragraph broken over the page");
        Assert.True(released > 0, "no document has a heading released from keep-with-next");
        Assert.True(keptWhole > 0, "no document has a heading the model moved to the next page (paragraph after it with keepLines)");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Whether the heading keeps with next (its style's keepNext, not switched off) and its paragraph keeps its lines.</summary>
    private static (bool KeepNext, bool KeepLines) Keeps(string docx)
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        var heading = paragraphs.FindIndex(p => TocPagesTests.Normalise(p.InnerText) == "2. Tweede hoofdstuk");
        var keepNext = paragraphs[heading].ParagraphProperties?.KeepNext;
        var keepLines = paragraphs[heading + 1].ParagraphProperties?.KeepLines;
        return (keepNext is null || keepNext.Val?.Value != false, keepLines is not null && keepLines.Val?.Value != false);
    }

    /// <summary>
    /// The chain's last line (the paragraph's second) may end in its proportional spacing below the bottom
    /// margin, as LibreOffice lets it (synthetic school: '3.3 Klachtenregeling' 32 twips past the margin).
    /// Filler paragraphs (20 pt apart) and list items (17 pt apart) move the heading across the foot in
    /// steps of 1 pt; for each number of list items the two documents on either side of the filler count
    /// at which the model moves the heading to page 3 go through LibreOffice, which must agree. With the
    /// six-line paragraph the chain ends in a break (two lines); the three-line one cannot break and ends the chain whole.
    /// </summary>
    [SkippableTheory]
    [InlineData(6)]
    [InlineData(3)]
    public void At_the_models_edge_LibreOffice_moves_the_heading_exactly_where_the_model_does(int paragraphLines)
    {
        Directory.CreateDirectory(output);
        var info = TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", null) with { Adoptions = [] };
        int TocPage(int fillers, int items, bool keep)
        {
            var path = Path.Combine(output, $"rand-{items:00}-{fillers:00}.docx");
            File.WriteAllBytes(path, TestDocuments.WriteDocx(RenderedDocument.Create(info, Markdown(fillers, items, paragraphLines))));
            var page = TocPagesTests.Entries(path).Single(e => e.Text == "2. Tweede hoofdstuk").Page;
            if (!keep)
            {
                File.Delete(path);
            }

            return page;
        }

        var files = new List<string>();
        for (var items = 0; items < 20; items++)
        {
            // The fewest fillers with which the model sets the heading on page 3 (the page moves only forward).
            var (low, high) = (0, 30);
            Assert.Equal(3, TocPage(high, items, keep: false));
            if (TocPage(low, items, keep: false) == 3)
            {
                continue;
            }

            while (high - low > 1)
            {
                var middle = (low + high) / 2;
                (low, high) = TocPage(middle, items, keep: false) == 3 ? (low, middle) : (middle, high);
            }

            Assert.Equal(2, TocPage(low, items, keep: true));
            Assert.Equal(3, TocPage(high, items, keep: true));
            files.Add(Path.Combine(output, $"rand-{items:00}-{low:00}.docx"));
            files.Add(Path.Combine(output, $"rand-{items:00}-{high:00}.docx"));
        }

        Assert.True(files.Count >= 30, $"only {files.Count} documents at the edge");
        var pdfs = LibreOffice.ToPdf(files, Path.Combine(output, "pdf-rand"));
        var wrong = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var pages = LibreOffice.PageTexts(pdfs[i]).Select(p => p.Split('\n').Select(TocPagesTests.Normalise).ToList()).ToList();
            var entry = TocPagesTests.Entries(files[i]).Single(e => e.Text == "2. Tweede hoofdstuk");
            var heading = pages.FindIndex(1, p => p.Contains(entry.Text)) + 1;
            if (entry.Page != heading)
            {
                wrong.Add($"{Path.GetFileName(files[i])}: TOC says {entry.Page}, LibreOffice puts the heading on {heading}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Markdown(int fillers, int items = 0, int paragraphLines = 6)
    {
        var text = new System.Text.StringBuilder("# Sociaal veiligheidsplan\n\n## 1. Eerste hoofdstuk\n\n");
        for (var i = 1; i <= items; i++)
        {
            text.Append($"- Punt {i} van de lijst.\n");
        }

        text.Append(items > 0 ? "\n" : "");
        for (var i = 1; i <= fillers; i++)
        {
            text.Append($"Regel {i} van het eerste hoofdstuk.\n\n");
        }

        text.Append("## 2. Tweede hoofdstuk\n\n");
        text.Append("Deze alinea telt zes regels op de pagina, zodat zij over twee pagina's kan breken met twee regels aan elke kant. ");
        text.Append("Zij gaat verder met gewone woorden die de regel vullen tot aan de rechtermarge, en dan nog verder met meer woorden. ");
        if (paragraphLines == 6)
        {
            text.Append("Zo ontstaat een derde regel met tekst over sociale veiligheid, pesten, het pestprotocol en de vertrouwenspersoon. ");
            text.Append("Een vierde regel noemt de meldcode, de monitor en de incidentregistratie van de school en het bestuur samen. ");
        }

        text.Append("En de laatste regel sluit af met het einde van de alinea.\n\n");
        text.Append("### 2.1 Daarna\n\nNog een korte tekst.\n");
        return text.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
