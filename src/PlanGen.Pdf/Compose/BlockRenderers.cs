using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlanGen.Document.Nodes;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using MdTable = Markdig.Extensions.Tables.Table;
using TypedPhaseBlock = PlanGen.Document.Nodes.PhaseBlock;

namespace PlanGen.Pdf.Compose;

// The PDF writer's object renderers, one per node of docs/markdown.md. Registered in BlockComposer.

internal sealed class FrontMatterRenderer : PdfObjectRenderer<YamlFrontMatterBlock>
{
    protected override Element? Build(BlockComposer composer, YamlFrontMatterBlock block, TextStyle style) => null;
}

/// <summary>The title is on the title page or the card band, not in the body.</summary>
internal sealed class TitleRenderer : PdfObjectRenderer<TitleBlock>
{
    protected override Element? Build(BlockComposer composer, TitleBlock block, TextStyle style) => null;
}

internal sealed class HeadingRenderer : PdfObjectRenderer<HeadingBlock>
{
    protected override Element? Build(BlockComposer composer, HeadingBlock block, TextStyle style) => HeadingBuilder.Build(composer, block);
}

internal sealed class ParagraphRenderer : PdfObjectRenderer<ParagraphBlock>
{
    protected override Element? Build(BlockComposer composer, ParagraphBlock block, TextStyle style) =>
        new TextBlock(InlineCollector.Collect(block.Inline, style, composer.Theme.Accent), composer.Paragraphs);
}

internal sealed class ListRenderer : PdfObjectRenderer<ListBlock>
{
    protected override Element? Build(BlockComposer composer, ListBlock block, TextStyle style) => ListBuilder.Build(composer, block, style, 0);
}

internal sealed class QuoteRenderer : PdfObjectRenderer<QuoteBlock>
{
    protected override Element? Build(BlockComposer composer, QuoteBlock block, TextStyle style) => QuoteBuilder.Build(composer, block, style);
}

internal sealed class TableRenderer : PdfObjectRenderer<MdTable>
{
    protected override Element? Build(BlockComposer composer, MdTable block, TextStyle style) => TableBuilder.Build(composer, block);
}

/// <summary><c>::: kader</c>: a shaded callout with a bar in the accent colour.</summary>
internal sealed class CalloutRenderer : PdfObjectRenderer<CalloutBlock>
{
    protected override Element? Build(BlockComposer composer, CalloutBlock block, TextStyle style) =>
        new Decoration(composer.Compose(block, style), 9, composer.Theme.AccentTint, composer.Theme.Accent, 3);
}

/// <summary>A PDCA block outside a card page: its content, so no text is lost.</summary>
internal sealed class LoosePhaseBlockRenderer : PdfObjectRenderer<TypedPhaseBlock>
{
    protected override Element? Build(BlockComposer composer, TypedPhaseBlock block, TextStyle style) => composer.Compose(block, style);
}

internal sealed class PageBreakRenderer : PdfObjectRenderer<PageBreakBlock>
{
    protected override Element? Build(BlockComposer composer, PageBreakBlock block, TextStyle style) => new PageBreak();
}

internal sealed class ThematicBreakRenderer : PdfObjectRenderer<ThematicBreakBlock>
{
    protected override Element? Build(BlockComposer composer, ThematicBreakBlock block, TextStyle style) => new Rule(0.75f, Color.LightGrey);
}

internal sealed class CodeRenderer : PdfObjectRenderer<CodeBlock>
{
    protected override Element? Build(BlockComposer composer, CodeBlock block, TextStyle style) =>
        new TextBlock([new TextSpan(block.Lines.ToString(), style)]);
}

/// <summary>Any other container (a card page in running text): its content.</summary>
internal sealed class ContainerRenderer : PdfObjectRenderer<ContainerBlock>
{
    protected override Element? Build(BlockComposer composer, ContainerBlock block, TextStyle style) => composer.Compose(block, style);
}
