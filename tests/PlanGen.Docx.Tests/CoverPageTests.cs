using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>
/// The plan's cover fits page 1 in LibreOffice's rendering: its last line ("Bestuur: ...") is the last
/// line of page 1, and page 2 starts with the table of contents (below the running header only).
/// Checked for every example plan and for a cover with a long school name and long adoption lines.
/// </summary>
public sealed class CoverPageTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"plangen-docx-cover-{Guid.NewGuid():N}");

    [SkippableFact]
    public void Every_example_cover_fits_page_1_and_page_2_starts_with_the_table_of_contents()
    {
        var plans = LibreOfficeExamples.Plans.ToList();
        Assert.True(plans.Count >= 6, $"expected the example plans, found {plans.Count}");
        var wrong = plans.SelectMany(p => Problems(p.Docx, p.Pdf)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [SkippableFact]
    public void A_long_school_name_and_long_adoption_lines_still_fit_on_the_cover()
    {
        Directory.CreateDirectory(output);
        var info = TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", TestDocuments.LogoPath) with
        {
            SchoolName = "Openbare Basisschool en Integraal Kindcentrum voor Daltononderwijs De Lange Akkerwinde",
            Subtitle = "Met het pestprotocol, de meldcode en het activiteitenplan voor alle locaties van de school",
            Adoptions =
            [
                "Vastgesteld door de medezeggenschapsraad op 15 september 2025, na instemming van de oudergeleding en de personeelsgeleding",
                "Vastgesteld door het college van bestuur op 1 oktober 2025, na advies van de intern begeleider en de vertrouwenspersoon",
                "Besproken met de leerlingenraad op 8 oktober 2025",
            ],
            BoardName = "Stichting voor Openbaar Primair Onderwijs in de Gemeenten Rivierenland en Lingewaard",
        };
        var docx = Path.Combine(output, "lange-namen.docx");
        File.WriteAllBytes(docx, TestDocuments.WriteDocx(RenderedDocument.Create(info, File.ReadAllText(TestDocuments.FixturePath("plan.md")))));

        var pdf = LibreOffice.ToPdf([docx], Path.Combine(output, "pdf"))[0];
        var wrong = Problems(docx, pdf).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<string> Problems(string docx, string pdf)
    {
        var name = Path.GetFileName(docx);
        string board;
        using (var document = new OpenDocx(File.ReadAllBytes(docx)))
        {
            board = TocPagesTests.Normalise(document.TextsWithStyle("Titelpaginagegevens").Last());
        }

        if (!board.StartsWith("Bestuur: ", StringComparison.Ordinal))
        {
            yield return $"{name}: the cover's last line is '{board}', not the board";
        }

        var pages = LibreOffice.PageTexts(pdf)
            .Select(p => p.Split('\n').Select(TocPagesTests.Normalise).Where(l => l.Length > 0).ToList()).ToList();
        if (pages.Count < 3)
        {
            yield return $"{name}: only {pages.Count} pages";
            yield break;
        }

        // A board name that wraps reads as two lines: compare page 1's foot with the board line's words.
        var foot = string.Join(' ', pages[0].TakeLast(3));
        if (!foot.EndsWith(board, StringComparison.Ordinal))
        {
            yield return $"{name}: page 1 ends with '{foot}', not with '{board}'";
        }

        var toc = pages[1].IndexOf("Inhoudsopgave");
        if (toc < 0)
        {
            yield return $"{name}: page 2 has no 'Inhoudsopgave': {string.Join(" | ", pages[1].Take(5))}";
            yield break;
        }

        // Above the heading only the running header, which page 3 repeats.
        var above = pages[1].Take(toc).Where(l => !pages[2].Contains(l)).ToList();
        if (above.Count > 0)
        {
            yield return $"{name}: page 2 has '{string.Join(" | ", above)}' above the table of contents";
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
