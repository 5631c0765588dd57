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
            if (list[i] is HeadingBlock { Level: 2 } && chapterPerPage)
            {
                column.Add(new PageBreak());
            }

            var gap = list[i] is HeadingBlock heading ? HeadingBuilder.SpaceBefore(heading.Level) : theme.BlockGap;
            if (Group(list, ref i, style) is { } element)
            {
                column.Add(element, gap);
            }
        }

        return column;
    }

    /// <summary>
    /// A block, or a heading kept with what follows it: its first block, or (for a heading
    /// followed by a deeper heading) that heading's own group.
    /// </summary>
    private Element? Group(List<Block> list, ref int i, TextStyle style)
    {
        if (list[i] is not HeadingBlock heading)
        {
            return Build(list[i], style);
        }

        var head = HeadingBuilder.Build(this, heading);
        if (i + 1 >= list.Count || list[i + 1] is HeadingBlock next && next.Level <= heading.Level)
        {
            return head;
        }

        var gap = list[i + 1] is HeadingBlock deeper ? HeadingBuilder.SpaceBefore(deeper.Level) * 0.6f : 5;
        i++;
        return Group(list, ref i, style) is { } rest ? new KeepWithNext(head, rest, gap) : head;
    }

    public Element? Build(Block block, TextStyle style) => block switch
    {
        YamlFrontMatterBlock => null,
        HeadingBlock heading => HeadingBuilder.Build(this, heading),
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
}
