using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Layout;

/// <summary>What elements draw on: the page canvas, the page number and where headings landed.</summary>
internal sealed class DrawContext(IPageCanvas canvas)
{
    public IPageCanvas Canvas { get; set; } = canvas;

    /// <summary>1-based physical page number of the page being drawn.</summary>
    public int PageNumber { get; set; }

    /// <summary>Anchor name to page number, filled as headings are drawn.</summary>
    public Dictionary<string, int> AnchorPages { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The writer's first pass, which only learns where anchors land and how many pages there are:
    /// text lines are placed but not painted (the canvas would throw the glyph runs away).
    /// </summary>
    public bool PagesOnly { get; init; }

    /// <summary>
    /// Drawings to redo once every page is laid out (the TOC's page numbers, drawn revisably while
    /// their pages were still to come); each says whether it could be redone in place.
    /// </summary>
    public List<Func<bool>> Pending { get; } = [];
}
