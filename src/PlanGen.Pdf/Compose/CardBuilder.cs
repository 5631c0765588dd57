using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;
using TypedPhaseBlock = PlanGen.Document.Nodes.PhaseBlock;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// The kwaliteitskaart: each <c>:::: kaart-pagina</c> one landscape page with a title band, its
/// <c>##</c> heading and its <c>::: blok</c>s in a coloured grid that fills the rest of the page.
/// </summary>
internal static class CardBuilder
{
    public static Element Build(RenderedDocument document, Theme theme)
    {
        var info = document.Info;
        var title = document.Title;
        var root = new Column();
        var composer = new BlockComposer(theme, document.Outline, chapterPerPage: false, Alignment.Left);
        var blocks = document.Syntax.Where(b => b is not TitleBlock and not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        var pages = blocks.OfType<CardPageBlock>().Count();

        // A line under the title (school and year, as templates write it) becomes the band's subtitle.
        var subtitle = $"{info.SchoolName} · schooljaar {info.SchoolYear}";
        if (pages > 0 && blocks.Count > 0 && blocks[0] is ParagraphBlock intro)
        {
            subtitle = PlainText.Of(intro.Inline);
            blocks.RemoveAt(0);
        }

        foreach (var block in blocks)
        {
            if (block is CardPageBlock page)
            {
                root.Add(Page(page, composer, title, subtitle));
            }
            else if (block is PageBreakBlock)
            {
                root.Add(new PageBreak());
            }
            else if (composer.Build(block, theme.Body) is { } element)
            {
                root.Add(element, theme.BlockGap);
            }
        }

        return root;
    }

    private static Element Page(CardPageBlock page, BlockComposer composer, string title, string subtitle)
    {
        var theme = composer.Theme;
        var column = new Column();
        var white = new TextStyle(15, true, false, Color.White);
        var band = new Column()
            .Add(new TextBlock([new TextSpan(title, white)], Alignment.Left, 1.2f) { Tag = Rendering.StructureTag.Heading(1) })
            .Add(new TextBlock([new TextSpan(subtitle, white.With(size: 9, bold: false))], Alignment.Left, 1.3f), 2);
        column.Add(new Decoration(band, 9, theme.Accent));

        var blocks = new List<Element>();
        foreach (var block in page)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineCollector.Collect(heading.Inline, theme.Chapter.With(size: 14));
                    column.Add(new TextBlock(text, Alignment.Left, 1.2f) { Tag = Rendering.StructureTag.Heading(2) }, 8);
                    break;
                case TypedPhaseBlock blok:
                    blocks.Add(Block(blok, composer));
                    break;
                default:
                    if (composer.Build(block, theme.Body) is { } element)
                    {
                        column.Add(element, 6);
                    }

                    break;
            }
        }

        if (blocks.Count > 0)
        {
            var rows = blocks.Count <= 3 ? 1 : blocks.Count <= 8 ? 2 : 3;
            column.Add(new Grid(blocks, (blocks.Count + rows - 1) / rows, 8), 8);
        }

        return column;
    }

    private static Element Block(TypedPhaseBlock blok, BlockComposer card)
    {
        // Bullets and rules inside a block take the block's colour.
        var composer = card.With(card.Theme.ForPhase(blok.Phase));
        var colour = composer.Theme.Accent;
        var headingStyle = new TextStyle(11, true, false, Color.White);
        var title = new TextBlock(InlineCollector.Collect(blok.Heading?.Inline, headingStyle), Alignment.Left, 1.2f);
        var body = composer.Compose(blok.Body, card.Theme.Body.With(size: 9.5f));
        return new Elements.PhaseBlock(title, body, colour);
    }
}
