using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;

namespace PlanGen.Document.Tests;

/// <summary>The post-parse pass: the dialect's typed nodes, decided once for every writer.</summary>
public sealed class DialectPassTests
{
    private static RenderedDocument Parse(string markdown, bool keepInternal = true) =>
        RenderedDocument.Create(Infos.Plan(), markdown, keepInternal);

    [Theory]
    [InlineData("kader")]
    [InlineData("Kader")]
    [InlineData("KADER")]
    public void A_callout_is_typed_in_any_case(string name)
    {
        var document = Parse($"# T\n\n::: {name}\nBel 0900-1113111.\n:::\n");
        var callout = Assert.Single(document.Syntax.Descendants<CalloutBlock>());
        Assert.Equal("Bel 0900\u20111113111.", PlainText.Of(callout)); // the number held together (docs/typografie.md)
        Assert.Empty(document.Syntax.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>());
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Card_pages_hold_phase_blocks_with_their_phase_and_heading()
    {
        var document = Parse("# Kaart\n\n:::: kaart-pagina\n## Kwaliteit\n\n::: blok Plan\n### Plannen\n- punt\n:::\n\n::: blok onzin\n### Iets\n:::\n::::\n\n:::: KAART-PAGINA\n## Twee\n::::\n");
        var pages = document.Syntax.Descendants<CardPageBlock>().ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal("Kwaliteit", PlainText.Of(pages[0].Heading!.Inline));
        var blocks = pages[0].OfType<PhaseBlock>().ToList();
        Assert.Equal(Phase.Plan, blocks[0].Phase);
        Assert.Equal("Plannen", PlainText.Of(blocks[0].Heading!.Inline));
        Assert.Single(blocks[0].Body);
        Assert.Null(blocks[1].Phase);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal((DocumentCodes.UnknownPhase, false), (warning.Code, warning.IsError));

        // The second card page starts on a new page: a page break right before it, none before the first.
        var top = document.Syntax.ToList();
        Assert.IsType<PageBreakBlock>(top[top.IndexOf(pages[1]) - 1]);
        Assert.IsNotType<PageBreakBlock>(top[top.IndexOf(pages[0]) - 1]);
    }

    [Fact]
    public void The_first_hash_is_the_title_and_a_second_one_a_chapter_with_a_warning()
    {
        var document = Parse("# Plan *vet*\n\n## 1. Eerste\n\n# Tweede titel\n\nTekst.\n");
        Assert.Equal("Plan vet", document.Title);
        Assert.NotNull(document.TitleBlock);
        Assert.Equal([(2, "1. Eerste"), (2, "Tweede titel")], document.Outline.Entries.Select(e => (e.Level, e.Text)));
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DocumentCodes.SecondTitle, warning.Code);
        Assert.Equal(4, warning.Line);
        Assert.Equal("# Tweede titel", warning.SourceLine);
        Assert.Contains("tweede titel", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_container_is_an_error_and_its_text_stays()
    {
        var document = Parse("# T\n\nVoor.\n\n::: intren\nGeheim?\n:::\n");
        var error = Assert.Single(document.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(DocumentCodes.UnknownContainer, error.Code);
        Assert.Equal("::: intren", error.SourceLine);
        Assert.Equal("onbekend blok '::: intren'", error.Message);
        Assert.Contains(document.Syntax.Descendants<ParagraphBlock>(), p => PlainText.Of(p) == "Geheim?");
    }

    [Fact]
    public void An_anchor_to_no_heading_becomes_text_and_a_good_one_stays_a_link()
    {
        var document = Parse("# T\n\n## 1. Visie en waarden\n\nZie [visie](#1-visie-en-waarden) en [weg](#bestaat-niet).\n");
        var links = document.Syntax.Descendants<LinkInline>().Select(l => l.Url).ToList();
        Assert.Equal(["#1-visie-en-waarden"], links);
        Assert.Contains(document.Syntax.Descendants<ParagraphBlock>(), p => PlainText.Of(p) == "Zie visie en weg.");
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DocumentCodes.UnresolvedAnchor, warning.Code);
        Assert.Contains("#bestaat-niet", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_has_stable_anchors_and_plain_text_titles()
    {
        var document = Parse("# T\n\n## 1. Visie *en* waarden\n\n### 1.1 Kern\n\n#### Diep\n\n##### Dieper\n");
        Assert.Equal(
            [(2, "1. Visie en waarden", "1-visie-en-waarden"), (3, "1.1 Kern", "11-kern"), (4, "Diep", "diep"), (5, "Dieper", "dieper")],
            document.Outline.Entries.Select(e => (e.Level, e.Text, e.Anchor)));
        // Every table of contents lists ## to #### (one depth for DOCX, PDF and HTML).
        Assert.Equal(["1. Visie en waarden", "1.1 Kern", "Diep"], document.Outline.Contents.Select(e => e.Text));
        Assert.Single(document.Outline.Chapters);
    }

    [Fact]
    public void Page_texts_are_shared_and_carry_status_and_edition_mark()
    {
        var info = Infos.Plan() with { StatusLabel = "Concept \u2013 versie 0.9", IsInternal = true };
        var texts = RenderedDocument.Create(info, "# T\n").Texts;
        Assert.Equal("OBS De Linde", texts.HeaderLeft);
        Assert.Equal("Sociaal veiligheidsplan 2025-2026", texts.HeaderRight);
        Assert.Equal("Stichting Lindeland", texts.FooterLeft);
        Assert.Equal("Sociaal veiligheidsplan van OBS De Linde, schooljaar 2025-2026", texts.Subject);
        Assert.Equal("Logo van OBS De Linde", texts.LogoAltText);
        Assert.Equal(["Concept \u2013 versie 0.9", "Interne versie \u2013 niet publiceren"], texts.Marks);
        Assert.Equal(["Concept \u2013 versie 0.9"], RenderedDocument.Create(info with { IsInternal = false }, "# T\n").Texts.Marks);
    }
}
