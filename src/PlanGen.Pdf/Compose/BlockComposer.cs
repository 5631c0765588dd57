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
/// dispatches and keeps headings and lead-in paragraphs (ending in ':') with what follows them.
/// Chapters (<c>##</c>) run on: one starts a new page only when less than <see cref="ChapterRoom"/> is
/// left, or always when the house style asks for a new page per chapter (<paramref name="chapterPerPage"/>).
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

    /// <summary>Room a chapter needs at the foot of a page: its heading and rule (about 45 pt) and four body lines.</summary>
    public const float ChapterRoom = 105;

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
            if (list[i] is HeadingBlock { Level: 2 } && column.Count > 0)
            {
                column.Add(chapterPerPage ? new PageBreak() : new NeedSpace(ChapterRoom));
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
    /// A block, or a heading or lead-in kept with what follows it: its first block, or (for a heading
    /// followed by another heading) that heading's own group.
    /// </summary>
    private Element? Group(List<Block> list, ref int i, TextStyle style)
    {
        if (list[i] is not HeadingBlock heading)
        {
            var block = Build(list[i], style);
            if (block is null || !IsLeadIn(list[i]) || i + 1 >= list.Count || list[i + 1] is HeadingBlock)
            {
                return block;
            }

            // A lead-in ("Hierover hebben wij afgesproken:") goes with the start of its list or table.
            i++;
            return Group(list, ref i, style) is { } following ? new KeepWithNext(block, following, theme.BlockGap) : block;
        }

        var head = HeadingBuilder.Build(this, heading);
        if (i + 1 >= list.Count || list[i + 1] is PageBreakBlock)
        {
            return head;
        }

        // Even an empty heading followed by another goes with it: no page ends with a lone heading.
        var gap = list[i + 1] is HeadingBlock nextHeading
            ? HeadingBuilder.SpaceBefore(nextHeading.Level) * (nextHeading.Level > heading.Level ? 0.6f : 1f)
            : 5;
        i++;
        return Group(list, ref i, style) is { } rest ? new KeepWithNext(head, rest, gap) : head;
    }

    /// <summary>A paragraph whose text ends in a colon introduces what follows it.</summary>
    public static bool IsLeadIn(Block block) =>
        block is ParagraphBlock { Inline: { } inline } && PlainText.Of(inline).TrimEnd().EndsWith(':');

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
