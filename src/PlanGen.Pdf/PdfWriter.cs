using PlanGen.Document;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Serialiser;

namespace PlanGen.Pdf;

/// <summary>
/// Writes a rendered document as tagged PDF (PDF/UA-1, PDF/A-2a) through PlanGen's own layout
/// engine and serialiser: laid out and drawn straight into PDF objects in one pass, the TOC's page
/// numbers and the footers filled in once the pages are known. Fonts are the board's (see PlanGen.Document.Fonts.FontFiles), embedded as subsets; the output is byte-for-byte reproducible.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    public string Format => "pdf";

    public string Extension => "pdf";

    public void Write(RenderedDocument document, Stream output)
    {
        using var fonts = Text.FontLibrary.Use(document.Style.Fonts);
        using var layout = DocumentLayout.Create(document);
        var metadata = PdfMetadataFactory.Create(document.Info);
        // One layout pass: the TOC's page numbers have a reserved width and are drawn when their pages are known.
        var (root, toc) = layout.Build(pages: null);
        var pdf = DrawPages(layout, root, metadata) ?? TwoPasses(layout, metadata, out toc);
        // Written in one forward pass, straight into the caller's stream (the build buffers it already).
        pdf.WriteTo(output, metadata, toc.Select(t => new Serialiser.OutlineEntry(t.Level, t.Text, t.Anchor)).ToList());
    }

    /// <summary>
    /// The layout as before the TOC's numbers were drawn afterwards: a first pass for the pages, then
    /// drawing with them known. Only when a number could not be redrawn in its place: a title so long
    /// that leader dots fit beside the blank number drawn first but none beside the real one.
    /// </summary>
    internal static PdfBuilder TwoPasses(DocumentLayout layout, PdfMetadata metadata, out IReadOnlyList<Compose.TocItem> toc)
    {
        var anchors = LayoutEngine.FirstPass(layout, layout.Build(new Dictionary<string, int>()).Root).Anchors;
        (var root, toc) = layout.Build(anchors);
        return DrawPages(layout, root, metadata)!;
    }

    /// <summary>
    /// Draws the laid-out tree onto PDF pages: each page's header as it opens, the TOC's numbers and
    /// the footers ("pagina X van Y") once the pages are known; null when a TOC number could not be
    /// redrawn in its place.
    /// </summary>
    internal static PdfBuilder? DrawPages(DocumentLayout layout, Element root, PdfMetadata metadata)
    {
        var page = layout.Geometry;
        var pdf = new PdfBuilder(metadata.Title);
        var canvases = new List<PdfPageCanvas>();
        var context = new DrawContext(new RecordingCanvas());
        var total = Paginator.Run(root, page, context, number =>
        {
            var canvas = pdf.BeginPage(page.Width, page.Height);
            canvases.Add(canvas);
            layout.DrawHeader(canvas, number);
            return canvas;
        }, _ => { });

        foreach (var redraw in context.Pending)
        {
            if (!redraw())
            {
                return null;
            }
        }

        // The footers are the last thing drawn on each page, as before.
        for (var i = 0; i < canvases.Count; i++)
        {
            layout.DrawFooter(canvases[i], i + 1, total);
        }

        return pdf;
    }
}
