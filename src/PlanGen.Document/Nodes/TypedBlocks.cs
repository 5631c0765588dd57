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

/// <summary><c>:::: kaart-pagina</c>: one page of the kwaliteitskaart, a <c>##</c> heading and PDCA blocks.</summary>
public sealed class CardPageBlock : ContainerBlock
{
    public CardPageBlock() : base(null)
    {
    }

    /// <summary>The page's own heading (its first child, when that is a heading).</summary>
    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;
}

/// <summary><c>::: blok FASE</c>: a coloured PDCA block whose first child is its <c>###</c> heading.</summary>
public sealed class PhaseBlock : ContainerBlock
{
    public PhaseBlock(Phase? phase, string? name) : base(null)
    {
        Phase = phase;
        Name = name?.Trim() ?? "";
    }

    /// <summary>The phase; null when the Markdown named none of the known ones (the block takes the accent colour).</summary>
    public Phase? Phase { get; }

    /// <summary>The phase word as written, e.g. "plan".</summary>
    public string Name { get; }

    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;

    /// <summary>The children after the heading.</summary>
    public IEnumerable<Block> Body => Heading is null ? this : this.Skip(1);
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
