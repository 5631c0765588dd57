using Markdig.Syntax;
using PlanGen.Document.Style;

namespace PlanGen.Document.Nodes;

// The typed nodes of the dialect (docs/markdown.md). DialectPass puts them in the tree in place of
// Markdig's generic CustomContainer and the first "#" heading, so a writer matches a type, never a
// container name, and every writer sees the same decision.

/// <summary>The document's title: its first <c>#</c> heading. Paged writers put it on the title page, HTML in the one h1.</summary>
public sealed class TitleBlock : LeafBlock
{
    public TitleBlock() : base(null) => ProcessInlines = true;

    /// <summary>The title as plain text.</summary>
    public string Text => PlainText.Of(Inline);
}

/// <summary><c>::: kader</c>: a callout box.</summary>
public sealed class CalloutBlock : ContainerBlock
{
    public CalloutBlock() : base(null)
    {
    }
}

/// <summary>
/// <c>:::: kaart-pagina</c>: one side of the kwaliteitskaart, a <c>##</c> heading and PDCA blocks.
/// <c>:::: kaart-pagina cyclus</c> is the plan &amp; dialoog side, whose blocks writers lay out as a cycle.
/// </summary>
public sealed class CardPageBlock : ContainerBlock
{
    public CardPageBlock(bool isCycle = false) : base(null) => IsCycle = isCycle;

    /// <summary>True for the plan &amp; dialoog side (the cycle).</summary>
    public bool IsCycle { get; }

    /// <summary>The page's PDCA blocks.</summary>
    public IEnumerable<PhaseBlock> Blocks => this.OfType<PhaseBlock>();

    /// <summary>The page's own heading (its first child, when that is a heading).</summary>
    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;
}

/// <summary><c>::: blok FASE</c>: a coloured PDCA block whose first child is its <c>###</c> heading.</summary>
public sealed class PhaseBlock : ContainerBlock
{
    public PhaseBlock(Phase? phase, string? name, CardSlot? slot = null) : base(null)
    {
        Phase = phase;
        Name = name?.Trim() ?? "";
        Slot = slot;
    }

    /// <summary>The block's place on the card (<c>::: blok FASE ROL</c>); null when the Markdown named none.</summary>
    public CardSlot? Slot { get; }

    /// <summary>The phase; null when the Markdown named none of the known ones (the block takes the accent colour).</summary>
    public Phase? Phase { get; }

    /// <summary>The phase word as written, e.g. "plan".</summary>
    public string Name { get; }

    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;

    /// <summary>The children after the heading.</summary>
    public IEnumerable<Block> Body => Heading is null ? this : this.Skip(1);
}

/// <summary>
/// <c>::: partners</c>: the card's "In samenwerking met" strip, a <c>###</c> heading and a list of
/// partner names. Card writers put it at the foot of the card's last side.
/// </summary>
public sealed class PartnersBlock : ContainerBlock
{
    public PartnersBlock() : base(null)
    {
    }

    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;

    /// <summary>The partner names as plain text, in order.</summary>
    public IReadOnlyList<string> Names => this.OfType<ListBlock>()
        .SelectMany(l => l.OfType<ListItemBlock>())
        .Select(i => string.Join(" ", i.OfType<ParagraphBlock>().Select(p => PlainText.Of(p.Inline))).Trim())
        .Where(n => n.Length > 0)
        .ToList();
}

/// <summary><c>::: intern</c>: text for the internal edition only. Removed or unwrapped by <see cref="EditionPass"/> before any writer sees the tree.</summary>
public sealed class InternalBlock : ContainerBlock
{
    public InternalBlock() : base(null)
    {
    }
}

/// <summary>A forced page break (between card pages). Paged writers start a new page; HTML ignores it.</summary>
public sealed class PageBreakBlock : LeafBlock
{
    public PageBreakBlock() : base(null)
    {
    }
}
