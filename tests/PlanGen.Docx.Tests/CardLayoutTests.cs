using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

public sealed class CardLayoutTests
{
    [Fact]
    public void Card_is_a_landscape_A4_section_without_a_cover()
    {
        using var docx = OpenDocx.Of(TestDocuments.Card());
        var section = docx.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;

        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal((16838u, 11906u), (size.Width!.Value, size.Height!.Value));
        Assert.Null(section.GetFirstChild<TitlePage>());
        Assert.Empty(docx.TextsWithStyle("TOCHeading"));
    }

    [Fact]
    public void Each_card_page_starts_a_new_page_with_its_heading()
    {
        using var docx = OpenDocx.Of(TestDocuments.Card());
        var pages = docx.WithStyle("Heading1").ToList();

        Assert.Equal(["Kwaliteit", "Plan & dialoog"], pages.Select(OpenDocx.TextOf));
        Assert.Null(pages[0].ParagraphProperties!.PageBreakBefore);
        Assert.NotNull(pages[1].ParagraphProperties!.PageBreakBefore);
        Assert.Null(docx.Style("Heading1")!.StyleParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Blocks_sit_in_a_grid_three_wide_then_two_wide()
    {
        using var docx = OpenDocx.Of(TestDocuments.Card());
        var grids = docx.Body.Elements<Table>()
            .Where(t => t.Descendants<ParagraphStyleId>().Any(s => s.Val?.Value == "Blokkop"))
            .ToList();

        Assert.Equal(2, grids.Count);
        Assert.Equal(3, grids[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(2, grids[0].Elements<TableRow>().Count());
        Assert.Equal(2, grids[1].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
    }

    [Fact]
    public void Block_headings_are_white_on_the_phase_colour()
    {
        using var docx = OpenDocx.Of(TestDocuments.Card());
        string FillBehind(string heading) => docx.WithStyle("Blokkop")
            .Single(p => OpenDocx.TextOf(p) == heading)
            .Ancestors<TableCell>().First().TableCellProperties!.Shading!.Fill!.Value!;

        Assert.Equal("1B5E20", FillBehind("Visie"));        // the board's accent
        Assert.Equal("2E7D32", FillBehind("Ambitie"));      // plan
        Assert.Equal("1565C0", FillBehind("Aanbod"));       // do
        // check: #EF6C00 darkened until white heading text reaches WCAG AA (the shared house style).
        Assert.Equal("BF5600", FillBehind("Zicht op ontwikkeling en begeleiding"));
        Assert.Equal("6A1B9A", FillBehind("Samenwerking")); // act
        Assert.Equal("FFFFFF", docx.Style("Blokkop")!.StyleRunProperties!.Color!.Val!.Value);
    }

    [Fact]
    public void Card_title_and_school_are_in_the_banner()
    {
        using var docx = OpenDocx.Of(TestDocuments.Card());

        Assert.Equal(["Kwaliteitskaart veilig pedagogisch schoolklimaat"], docx.TextsWithStyle("Title"));
        Assert.Contains("OBS De Linde", Assert.Single(docx.TextsWithStyle("Subtitle")));
    }
}
