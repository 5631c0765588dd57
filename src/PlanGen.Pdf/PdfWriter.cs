using PlanGen.Document;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Serialiser;

namespace PlanGen.Pdf;

/// <summary>
/// Writes a rendered document as tagged PDF (PDF/UA-1, PDF/A-2a) through PlanGen's own layout
/// engine and serialiser: laid out once to learn page numbers, then drawn straight into PDF
/// objects. Fonts are the board's (see PlanGen.Document.Fonts.FontFiles), embedded as subsets; the output is byte-for-byte reproducible.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    public string Format => "pdf";

    public string Extension => "pdf";

    public void Write(RenderedDocument document, Stream output)
    {
        using var fonts = Text.FontLibrary.Use(document.Style.Fonts);
        using var layout = DocumentLayout.Create(document);
        var (root, toc) = layout.Build(new Dictionary<string, int>());
        if (toc.Count > 0)
        {
            // The TOC's page numbers come from a first pass; it breaks exactly as the second (numbers have a reserved width).
            var anchors = LayoutEngine.FirstPass(layout, root).Anchors;
            (root, toc) = layout.Build(anchors);
        }

        var metadata = PdfMetadataFactory.Create(document.Info);
        var pdf = DrawPages(layout, root, metadata);
        // Written in one forward pass, straight into the caller's stream (the build buffers it already).
        pdf.WriteTo(output, metadata, toc.Select(t => new Serialiser.OutlineEntry(t.Level, t.Text, t.Anchor)).ToList());
    }

    /// <summary>Draws the laid-out tree onto PDF pages: each page's header as it opens, the footers ("pagina X van Y") once the count is known.</summary>
    internal static PdfBuilder DrawPages(DocumentLayout layout, Element root, PdfMetadata metadata)
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

        // The footers are the last thing drawn on each page, as before.
        for (var i = 0; i < canvases.Count; i++)
        {
            layout.DrawFooter(canvases[i], i + 1, total);
        }

        return pdf;
    }
}
