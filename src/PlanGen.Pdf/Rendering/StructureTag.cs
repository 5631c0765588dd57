namespace PlanGen.Pdf.Rendering;

/// <summary>Standard structure types of tagged PDF (ISO 32000-1, 14.8.4) that the layout uses.</summary>
internal enum StructureRole
{
    Document,
    Sect,
    Div,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    TH,
    TD,
    Figure,
    Link,
    Note,
    Aside,
    BlockQuote,
    TOC,
    TOCI,
    Reference,
    Caption,
    Span,
}

/// <summary>
/// What a piece of drawing means: a structure role, with the alternative text of a figure and the
/// scope ("Column" or "Row") of a table header cell.
/// </summary>
internal sealed record StructureTag(StructureRole Role, string? Alt = null, string? Scope = null)
{
    /// <summary>For a Reference: the named destination (heading anchor) it points to, written as /Ref to that heading's element.</summary>
    public string? RefersTo { get; init; }

    public static readonly StructureTag Paragraph = new(StructureRole.P);

    public static StructureTag Heading(int level) => new(StructureRole.H1 + (Math.Clamp(level, 1, 6) - 1));

    public bool IsHeading => Role is >= StructureRole.H1 and <= StructureRole.H6;

    public int Level => IsHeading ? Role - StructureRole.H1 + 1 : 0;
}
