using Markdig.Syntax;
using PlanGen.Document.Nodes;

namespace PlanGen.Document.Tests;

/// <summary>The edition on the tree: the intern block goes (public) or only its fences (internal); text and tree agree.</summary>
public sealed class EditionPassTests
{
    private const string Text = "# T\n\nVoor iedereen.\n\n::: intern\nAlleen voor het team.\n\nOok dit.\n:::\n\nWeer voor iedereen.\n";

    [Fact]
    public void The_public_edition_removes_the_block_from_tree_and_text()
    {
        var document = RenderedDocument.Create(Infos.Plan(), Text, keepInternal: false);
        Assert.Equal("# T\n\nVoor iedereen.\n\nWeer voor iedereen.\n", document.Markdown);
        var paragraphs = document.Syntax.Descendants<ParagraphBlock>().Select(PlainText.Of).ToList();
        Assert.Equal(["Voor iedereen.", "Weer voor iedereen."], paragraphs);
        Assert.Empty(document.Syntax.Descendants<InternalBlock>());
    }

    [Fact]
    public void The_internal_edition_unwraps_the_block_in_tree_and_text()
    {
        var document = RenderedDocument.Create(Infos.Plan(), Text, keepInternal: true);
        Assert.Equal("# T\n\nVoor iedereen.\n\nAlleen voor het team.\n\nOok dit.\n\nWeer voor iedereen.\n", document.Markdown);
        var paragraphs = document.Syntax.Descendants<ParagraphBlock>().Select(PlainText.Of).ToList();
        Assert.Equal(["Voor iedereen.", "Alleen voor het team.", "Ook dit.", "Weer voor iedereen."], paragraphs);
        Assert.Empty(document.Syntax.Descendants<InternalBlock>());
    }

    [Fact]
    public void Inside_a_card_page_only_the_intern_block_goes()
    {
        var markdown = ":::: kaart-pagina\n## Kaart\n\n::: Intern\nGeheim.\n:::\n\n::: blok plan\n### Plan\n- punt\n:::\n::::\n";
        var document = RenderedDocument.Create(Infos.Plan(), markdown, keepInternal: false);
        Assert.DoesNotContain("Geheim", document.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("::::\n", document.Markdown, StringComparison.Ordinal);
        var page = Assert.Single(document.Syntax.Descendants<CardPageBlock>());
        Assert.Single(page.OfType<PhaseBlock>());
        Assert.DoesNotContain("Geheim", PlainText.Of(page), StringComparison.Ordinal);
    }
}
