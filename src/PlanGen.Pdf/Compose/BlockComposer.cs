using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// Turns a sequence of Markdown blocks into a column of layout elements. One small object renderer
/// per node type (<see cref="PdfObjectRenderer{T}"/>, as Markdig's renderers do); this class only
/// dispatches and keeps headings with what follows them.
/// </summary>
internal sealed class BlockComposer(Theme theme, Outline outline, bool chapterPerPage, Alignment paragraphs = Alignment.Justify)
{
    private static readonly IPdfObjectRenderer[] Renderers =
    [
        new FrontMatterRenderer(), new TitleRenderer(), new HeadingRenderer(), new ParagraphRenderer(),
        new ListRenderer(), new QuoteRenderer(), new TableRenderer(), new CalloutRenderer(),
        new LoosePhaseBlockRenderer(), new PageBreakRenderer(), new ThematicBreakRenderer(), new CodeRenderer(),
        new ContainerRenderer(),
    ];

    public Theme Theme => theme;

    public Outline Outline => outline;

    public Alignment Paragraphs => paragraphs;

    /// <summary>The same outline and alignment with another theme (a PDCA block's colours).</summary>
    public BlockComposer With(Theme other, bool chapters = false) => new(other, outline, chapters, paragraphs);

    /// <summary>Headings met so far, for the table of contents.</summary>
    public List<TocItem> Toc { get; } = [];

    public Column Compose(IEnumerable<Block> blocks, TextStyle style)
    {
        var column = new Column();
        var list = blocks.Where(b => b is not (YamlFrontMatterBlock or TitleBlock)).ToList();
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

    /// <summary>The element of one block, by the first object renderer that takes its type (most specific first).</summary>
    public Element? Build(Block block, TextStyle style)
    {
        foreach (var renderer in Renderers)
        {
            if (renderer.Accepts(block))
            {
                return renderer.Build(this, block, style);
            }
        }

        return null;
    }
}
