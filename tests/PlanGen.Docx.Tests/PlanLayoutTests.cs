using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

public sealed class PlanLayoutTests
{
    [Fact]
    public void Paragraphs_use_Words_builtin_style_ids()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var used = docx.Paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).ToHashSet();

        foreach (var style in new[] { "Title", "Subtitle", "Heading1", "Heading2", "ListBullet", "ListNumber", "Quote", "TOCHeading", "TOC1", "TOC2" })
        {
            Assert.Contains(style, used);
            Assert.NotNull(docx.Style(style));
        }

        Assert.Equal("heading 1", docx.Style("Heading1")!.StyleName!.Val!.Value);
        Assert.NotNull(docx.Style("TableGrid"));
        Assert.NotNull(docx.Style("Heading3"));
    }

    [Fact]
    public void Title_heading_is_on_the_cover_and_not_repeated_in_the_body()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        Assert.Equal(["Sociaal veiligheidsplan"], docx.TextsWithStyle("Title"));
        Assert.DoesNotContain("Sociaal veiligheidsplan", docx.TextsWithStyle("Heading1"));
        Assert.Contains("OBS De Linde", docx.TextsWithStyle("Titelpaginaschool"));
        Assert.Contains("Schooljaar 2025-2026", docx.TextsWithStyle("Subtitle"));
        // The date of an adoption line stays on one line (no-break spaces, docs/typografie.md).
        Assert.Contains("Vastgesteld door de MR op 15\u00A0september\u00A02025", docx.TextsWithStyle("Titelpaginagegevens"));
    }

    [Fact]
    public void Chapters_are_Heading1_with_the_templates_numbers_and_no_extra_Word_numbering()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        Assert.Equal(
            ["Voorwoord", "1. Visie en waarden", "2. Voorwaarden scheppen", "3. Signaleren en handelen", "4. Activiteitenplan 2025-2026"],
            docx.TextsWithStyle("Heading1"));
        Assert.Equal(["1.1 Vaststelling", "3.1 Actieplan bij een incident"], docx.TextsWithStyle("Heading2"));
        Assert.All(docx.WithStyle("Heading1").Concat(docx.WithStyle("Heading2")),
            p => Assert.Null(p.ParagraphProperties!.NumberingProperties));

        var heading1 = docx.Style("Heading1")!.StyleParagraphProperties!;
        Assert.Equal(0, heading1.OutlineLevel!.Val!.Value);
        Assert.Equal(1, docx.Style("Heading2")!.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Null(heading1.PageBreakBefore); // chapters run on (huisstijl: nieuwe_pagina_per_hoofdstuk asks otherwise)
    }

    [Fact]
    public void Table_of_contents_is_a_real_TOC_field_linking_to_heading_bookmarks()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        Assert.Equal(["Inhoudsopgave"], docx.TextsWithStyle("TOCHeading"));
        var instructions = docx.Body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Contains(instructions, i => i.StartsWith("TOC \\o \"1-3\"", StringComparison.Ordinal));

        var bookmarks = docx.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var anchors = docx.Body.Descendants<Hyperlink>().Where(h => h.Anchor is not null).Select(h => h.Anchor!.Value).ToList();
        Assert.Equal(7, anchors.Count); // 5 chapters + 2 sections
        Assert.All(anchors, a => Assert.Contains(a, bookmarks));
        Assert.All(anchors, a => Assert.Contains(instructions, i => i == $"PAGEREF {a} \\h"));

        var chars = docx.Body.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value).ToList();
        Assert.Equal(chars.Count(c => c == FieldCharValues.Begin), chars.Count(c => c == FieldCharValues.End));
        // The page numbers are pre-filled: Word must not ask "velden bijwerken?" on opening.
        Assert.Null(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void Header_and_footer_show_school_title_and_page_x_of_y()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        var header = docx.Main.HeaderParts.Select(h => h.Header!.InnerText).Single(t => t.Length > 0);
        Assert.Contains("OBS De Linde", header);
        Assert.Contains("Sociaal veiligheidsplan", header);

        var footer = docx.Main.FooterParts.Select(f => f.Footer!).Single(f => f.InnerText.Length > 0);
        var fields = footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.Contains("pagina ", footer.InnerText);
        Assert.Contains(" van ", footer.InnerText);
        Assert.Equal("Header", footer.Parent is null ? "Header" : docx.Main.HeaderParts.First().Header!.Descendants<ParagraphStyleId>().First().Val!.Value);
        Assert.Equal("Footer", footer.Descendants<ParagraphStyleId>().First().Val!.Value);
    }

    [Fact]
    public void Cover_page_has_no_header_or_footer_and_the_page_is_A4_portrait()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var section = docx.Body.GetFirstChild<SectionProperties>()!;

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var firstHeader = section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.First);
        Assert.Equal("", ((DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(firstHeader.Id!.Value!)).Header!.InnerText);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
    }

    [Fact]
    public void Tables_repeat_their_header_row_and_only_that_row()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var grids = docx.Body.Descendants<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "TableGrid")
            .ToList();

        Assert.Equal(3, grids.Count);
        foreach (var table in grids)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        }

        var actionPlan = grids[1];
        Assert.Equal(12, actionPlan.Elements<TableRow>().Count());
        var widths = actionPlan.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(9070, widths.Sum()); // the full text width
        Assert.True(widths[0] < widths[1] / 2, $"the 'Stap' column should be narrow: {string.Join(", ", widths)}");
    }

    [Fact]
    public void Links_are_real_hyperlinks_with_external_relationships()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var external = docx.Main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);

        Assert.Contains("https://www.delinde.example/schoolgids", external.Values);
        Assert.Contains("mailto:f.dewit@delinde.example", external.Values);
        Assert.All(docx.Main.HyperlinkRelationships, r => Assert.True(r.IsExternal));

        var link = docx.Body.Descendants<Hyperlink>().Single(h => h.InnerText == "schoolgids");
        Assert.Equal("https://www.delinde.example/schoolgids", external[link.Id!.Value!]);
        Assert.Equal("Hyperlink", link.Descendants<RunStyle>().First().Val!.Value);
    }

    [Fact]
    public void Bold_and_italic_are_run_formatting()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var runs = docx.Body.Descendants<Run>().ToList();

        Assert.Contains(runs, r => r.InnerText == "Gelijkwaardigheid" && r.RunProperties?.Bold is not null);
        Assert.Contains(runs, r => r.InnerText == "emotioneel" && r.RunProperties?.Italic is not null);
    }

    [Fact]
    public void Quote_and_callout_are_styled_boxes()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        Assert.StartsWith("Pesten is een sociale interactie", Assert.Single(docx.TextsWithStyle("Quote")));
        var callout = Assert.Single(docx.WithStyle("Kadertekst"));
        Assert.StartsWith("Vertrouwensinspecteurs.", OpenDocx.TextOf(callout));
        var cell = callout.Ancestors<TableCell>().First();
        Assert.Equal("E4ECE4", cell.TableCellProperties!.Shading!.Fill!.Value); // tint of the accent #1B5E20
    }
}
