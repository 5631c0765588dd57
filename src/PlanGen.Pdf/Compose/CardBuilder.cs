using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PlanGen.Core.Output;
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
    public static Element Build(MarkdownDocument syntax, DocumentInfo info, Theme theme, string title)
    {
        var root = new Column();
        var composer = new BlockComposer(theme, chapterPerPage: false, Alignment.Left);
        var blocks = syntax.Where(b => b is not HeadingBlock { Level: 1 } and not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        var pages = blocks.OfType<CustomContainer>().Count(c => c.Info == "kaart-pagina");

        // A line under the title (school and year, as templates write it) becomes the band's subtitle.
        var subtitle = $"{info.SchoolName} · schooljaar {info.SchoolYear}";
        if (pages > 0 && blocks.Count > 0 && blocks[0] is ParagraphBlock intro)
        {
            subtitle = InlineCollector.PlainText(intro.Inline, theme.Body);
            blocks.RemoveAt(0);
        }

        foreach (var block in blocks)
        {
            if (block is CustomContainer { Info: "kaart-pagina" } page)
            {
                root.Add(new PageBreak());
                root.Add(Page(page, theme, title, subtitle));
            }
            else if (composer.Build(block, theme.Body) is { } element)
            {
                root.Add(element, theme.BlockGap);
            }
        }

        return root;
    }

    private static Element Page(CustomContainer page, Theme theme, string title, string subtitle)
    {
        var column = new Column();
        var white = new TextStyle(15, true, false, Color.White);
        var band = new Column()
            .Add(new TextBlock([new TextSpan(title, white)], Alignment.Left, 1.2f) { Tag = Rendering.StructureTag.Heading(1) })
            .Add(new TextBlock([new TextSpan(subtitle, white.With(size: 9, bold: false))], Alignment.Left, 1.3f), 2);
        column.Add(new Decoration(band, 9, theme.Accent));

        var composer = new BlockComposer(theme, chapterPerPage: false, Alignment.Left);
        var blocks = new List<Element>();
        foreach (var block in page)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineCollector.Collect(heading.Inline, theme.Chapter.With(size: 14));
                    column.Add(new TextBlock(text, Alignment.Left, 1.2f) { Tag = Rendering.StructureTag.Heading(2) }, 8);
                    break;
                case CustomContainer { Info: "blok" } blok:
                    blocks.Add(Block(blok, theme));
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

    private static Element Block(CustomContainer blok, Theme theme)
    {
        var colour = theme.Phase((blok.Arguments ?? "").Trim().ToLowerInvariant());
        // Bullets and rules inside a block take the block's colour.
        var composer = new BlockComposer(new Theme(colour), chapterPerPage: false, Alignment.Left);
        var headingStyle = new TextStyle(11, true, false, Color.White);
        var children = blok.ToList();
        var heading = children.FirstOrDefault() as HeadingBlock;
        var title = new TextBlock(InlineCollector.Collect(heading?.Inline, headingStyle), Alignment.Left, 1.2f);
        var body = composer.Compose(heading is null ? children : children.Skip(1), theme.Body.With(size: 9.5f));
        return new PhaseBlock(title, body, colour);
    }
}
