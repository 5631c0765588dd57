using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Document.Typography;

namespace PlanGen.Document.Tests;

/// <summary>The Dutch typography of docs/typografie.md, exact strings: visible characters and the no-break characters.</summary>
public sealed class TypographyTests
{
    // Spelled out so a failing assertion shows which invisible character is meant.
    private const string Nbsp = "\u00A0";
    private const string Nbh = "\u2011";
    private const string Dash = "\u2013";

    [Theory]
    [InlineData("OBS 't Kompas", "OBS ’t Kompas")]
    [InlineData("de programma's en foto's", "de programma’s en foto’s")]
    [InlineData("Zij zei: \"Stop, hou op!\" en liep weg.", "Zij zei: “Stop, hou op!” en liep weg.")]
    [InlineData("het woord 'plagen' is geen 'pesten'", "het woord ‘plagen’ is geen ‘pesten’")]
    [InlineData("'s morgens en 'n keer", "’s morgens en ’n keer")]
    [InlineData("sinds '25", "sinds ’25")]
    public void Quotes_and_apostrophes_are_curly(string input, string expected) =>
        Assert.Equal(expected, DutchTypography.Apply(input, '\0', DutchTypography.Mode.Visible));

    [Theory]
    [InlineData("open van 08:00-17:00, lokaal 3", "open van 8.00–17.00 uur, lokaal 3")]
    [InlineData("8.30 - 12.00 uur", "8.30–12.00 uur")]
    [InlineData("om 08:30 begint de les", "om 8.30 uur begint de les")]
    [InlineData("van 08:30 tot 12:00", "van 8.30 tot 12.00 uur")]
    [InlineData("om 14:15 uur", "om 14.15 uur")]
    [InlineData("groep 5-8 en groep 1 - 2, groepen 1-8, of 1-2.5", "groep 5–8 en groep 1–2, groepen 1–8, of 1-2.5")]
    [InlineData("schooljaar 2025-2026", "schooljaar 2025-2026")]
    [InlineData("beleidsperiode 2024-2028", "beleidsperiode 2024–2028")]
    [InlineData("op 2025-09-15 vastgesteld", "op 2025-09-15 vastgesteld")]
    [InlineData("bel 06-5555 0147 of 0900-1113111", "bel 06-5555 0147 of 0900-1113111")]
    public void Ranges_and_times_get_an_en_dash_in_the_visible_text(string input, string expected) =>
        Assert.Equal(expected, DutchTypography.Apply(input, '\0', DutchTypography.Mode.Visible));

    [Theory]
    [InlineData("bel 06-5555 0147.", "bel 06" + Nbh + "5555" + Nbsp + "0147.")]
    [InlineData("0344-555 000", "0344" + Nbh + "555" + Nbsp + "000")]
    [InlineData("0900-1113111", "0900" + Nbh + "1113111")]
    [InlineData("+31 6 5555 0147", "+31" + Nbsp + "6" + Nbsp + "5555" + Nbsp + "0147")]
    [InlineData("vastgesteld op 15 september 2025", "vastgesteld op 15" + Nbsp + "september" + Nbsp + "2025")]
    [InlineData("in het schooljaar 2025-2026", "in het schooljaar" + Nbsp + "2025" + Nbh + "2026")]
    [InlineData("de groepen 5-8", "de groepen" + Nbsp + "5" + Dash + "8")]
    [InlineData("van 08:00-17:00", "van 8.00" + Dash + "17.00" + Nbsp + "uur")]
    [InlineData("contact: K. van der Laan", "contact: K." + Nbsp + "van" + Nbsp + "der" + Nbsp + "Laan")]
    [InlineData("zie art. 4c van de wet", "zie art." + Nbsp + "4c van de wet")]
    [InlineData("80 % van de leerlingen", "80" + Nbsp + "% van de leerlingen")]
    [InlineData("ingevuld op 25-08-2025 en 2025-09-15", "ingevuld op 25" + Nbh + "08" + Nbh + "2025 en 2025" + Nbh + "09" + Nbh + "15")]
    [InlineData("1 keer per jaar, eens per twee jaar", "1" + Nbsp + "keer" + Nbsp + "per" + Nbsp + "jaar, eens" + Nbsp + "per" + Nbsp + "twee" + Nbsp + "jaar")]
    [InlineData("Kinderraad, acht keer per schooljaar", "Kinderraad, acht" + Nbsp + "keer" + Nbsp + "per" + Nbsp + "schooljaar")]
    public void Units_are_unbreakable_in_print(string input, string expected) =>
        Assert.Equal(expected, DutchTypography.Apply(input, '\0', DutchTypography.Mode.Print));

    [Theory]
    [InlineData("mail k.vanderlaan@ikc-de-buitenhof.school.example of 06-5555 0147")]
    [InlineData("zie https://www.school.example/'t-kompas/2025-2026 en www.horizon.example/a-b")]
    public void Addresses_are_left_as_written(string input)
    {
        var printed = DutchTypography.Apply(input, '\0', DutchTypography.Mode.Print);
        foreach (var word in input.Split(' ').Where(w => w.Contains('@') || w.Contains('/')))
        {
            Assert.Contains(word, printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_range_dash_is_joined_for_writers_that_would_break_after_it() =>
        Assert.Equal("groep 5\u2013\u20608, 8.00\u2013\u206017.00 uur, Noord \u2013 Zuid", DutchTypography.JoinRanges("groep 5\u20138, 8.00\u201317.00 uur, Noord \u2013 Zuid"));

    [Fact]
    public void A_long_number_is_no_phone_number() =>
        Assert.Equal("rekening 123456789012", DutchTypography.Apply("rekening 123456789012", '\0', DutchTypography.Mode.Print));

    [Fact]
    public void The_tree_gets_print_typography_and_the_markdown_only_the_visible_characters()
    {
        const string markdown = "# OBS 't Kompas\n\nOpen van 08:00-17:00, bel `06-5555 0147` of 06-5555 0147.\n\nZie [de \"regeling\"](https://school.example/a'b-1-2) en <https://school.example/x-1-2>.\n";
        var document = RenderedDocument.Create(Infos.Plan(), markdown);

        Assert.Equal("# OBS ’t Kompas\n\nOpen van 8.00–17.00 uur, bel `06-5555 0147` of 06-5555 0147.\n\nZie [de “regeling”](https://school.example/a'b-1-2) en <https://school.example/x-1-2>.\n", document.Markdown);
        Assert.Equal("OBS ’t Kompas", document.Title);
        var paragraphs = document.Syntax.Descendants<ParagraphBlock>().Select(PlainText.Of).ToList();
        Assert.Equal("Open van 8.00" + Dash + "17.00" + Nbsp + "uur, bel 06-5555 0147 of 06" + Nbh + "5555" + Nbsp + "0147.", paragraphs[0]);
        Assert.Equal("Zie de “regeling” en https://school.example/x-1-2.", paragraphs[1]);
        var link = document.Syntax.Descendants<LinkInline>().First();
        Assert.Equal("https://school.example/a'b-1-2", link.Url);
    }

    [Fact]
    public void A_quote_after_emphasis_closes()
    {
        var document = RenderedDocument.Create(Infos.Plan(), "# T\n\nHet heet \"*Kanjertraining*\" hier.\n");
        Assert.Contains("Het heet “*Kanjertraining*” hier.", document.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_cells_are_typeset_in_the_markdown_too()
    {
        var document = RenderedDocument.Create(Infos.Plan(), "# T\n\n| Wat | Groepen |\n|---|---|\n| Sociogram |  3-8 |\n");
        Assert.Equal("# T\n\n| Wat | Groepen |\n|---|---|\n| Sociogram |  3–8 |\n", document.Markdown);
    }

    [Fact]
    public void Empty_body_cells_read_as_a_dash()
    {
        var document = RenderedDocument.Create(Infos.Plan(), "# T\n\n| Wat | Wie |\n|---|---|\n| Kanjertraining |  |\n");
        var cells = document.Syntax.Descendants<TableRow>().Last().OfType<TableCell>().Select(PlainText.Of).ToList();
        Assert.Equal(["Kanjertraining", "–"], cells);
    }

    [Fact]
    public void Internal_blocks_are_still_cut_by_their_lines_after_typesetting()
    {
        const string markdown = "# T\n\nVan 08:00-17:00 open.\n\n::: intern\nBel 06-5555 0147 om 08:30.\n:::\n\nDaarna 't eind.\n";
        var document = RenderedDocument.Create(Infos.Plan(), markdown, keepInternal: false);
        Assert.Equal("# T\n\nVan 8.00–17.00 uur open.\n\nDaarna ’t eind.\n", document.Markdown);
    }
}
