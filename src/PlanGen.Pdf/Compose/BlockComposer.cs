using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// Turns a sequence of Markdown blocks into a column of layout elements. One small builder per
/// block type (as Markdig's renderers do); this class only dispatches and keeps headings with
/// what follows them.
/// </summary>
internal sealed class BlockComposer(Theme theme, bool chapterPerPage, Alignment paragraphs = Alignment.Justify)
{
    public Theme Theme => theme;

    /// <summary>Headings met so far, for the table of contents.</summary>
    public List<TocItem> Toc { get; } = [];

    public Column Compose(IEnumerable<Block> blocks, TextStyle style)
    {
        var column = new Column();
        var list = blocks.Where(b => b is not YamlFrontMatterBlock).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is HeadingBlock heading)
            {
                var (element, gap) = HeadingBuilder.Build(this, heading);
                if (heading.Level == 2 && chapterPerPage)
                {
                    column.Add(new PageBreak());
                }

                // Keep the heading with the first block after it (or the next heading's group).
                if (i + 1 < list.Count && list[i + 1] is not HeadingBlock { Level: <= 2 })
                {
                    var next = Build(list[i + 1], style) ?? new Spacer(0);
                    element = new KeepWithNext(element, next, NextGap(list[i + 1]));
                    i++;
                }

                column.Add(element, gap);
                continue;
            }

            if (Build(list[i], style) is { } built)
            {
                column.Add(built, theme.BlockGap);
            }
        }

        return column;
    }

    public Element? Build(Block block, TextStyle style) => block switch
    {
        YamlFrontMatterBlock => null,
        HeadingBlock heading => HeadingBuilder.Build(this, heading).Element,
        ParagraphBlock paragraph => new TextBlock(InlineCollector.Collect(paragraph.Inline, style), paragraphs),
        ListBlock list => ListBuilder.Build(this, list, style, 0),
        QuoteBlock quote => QuoteBuilder.Build(this, quote, style),
        Markdig.Extensions.Tables.Table table => TableBuilder.Build(this, table),
        CustomContainer container => ContainerBuilder.Build(this, container, style),
        ThematicBreakBlock => new Rule(0.75f, Color.LightGrey),
        CodeBlock code => new TextBlock([new TextSpan(code.Lines.ToString(), style)]),
        ContainerBlock container => Compose(container, style),
        _ => null,
    };

    private float NextGap(Block next) => next is HeadingBlock ? 4 : 5;
}
