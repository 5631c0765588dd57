using PlanGen.Document;
using PlanGen.Pdf.Compose;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Document;

/// <summary>
/// Lays a document out in two passes: the first, on recording canvases, finds on which page every
/// heading lands and how many pages there are; the second draws with those numbers known.
/// </summary>
internal static class LayoutEngine
{
    /// <summary>Result of a recorded layout: one canvas per page, anchors and TOC.</summary>
    public sealed record Recorded(IReadOnlyList<RecordingCanvas> Pages, IReadOnlyDictionary<string, int> Anchors, IReadOnlyList<TocItem> Toc, PageGeometry Geometry);

    public static Recorded Record(RenderedDocument document, bool verbose = false)
    {
        using var layout = DocumentLayout.Create(document);
        var (anchors, total) = FirstPass(layout);
        var (root, toc) = layout.Build(anchors);
        var pages = new List<RecordingCanvas>();
        var context = new DrawContext(new RecordingCanvas());
        Paginator.Run(root, layout.Geometry, context, n =>
        {
            pages.Add(new RecordingCanvas { Verbose = verbose });
            layout.DrawHeader(pages[^1], n);
            return pages[^1];
        }, n => layout.DrawFooter(pages[^1], n, total));
        return new Recorded(pages, context.AnchorPages, toc, layout.Geometry);
    }

    /// <summary>Pass one: page of each anchor and the page count, drawn to nowhere.</summary>
    public static (IReadOnlyDictionary<string, int> Anchors, int Pages) FirstPass(DocumentLayout layout) =>
        FirstPass(layout, layout.Build(new Dictionary<string, int>()).Root);

    /// <summary>Pass one over a tree already built without page numbers (it is used up).</summary>
    public static (IReadOnlyDictionary<string, int> Anchors, int Pages) FirstPass(DocumentLayout layout, Layout.Element root)
    {
        var canvas = new RecordingCanvas { RecordLines = false };
        var context = new DrawContext(canvas) { PagesOnly = true };
        var pages = Paginator.Run(root, layout.Geometry, context, _ => canvas, _ => { });
        return (context.AnchorPages, pages);
    }
}
