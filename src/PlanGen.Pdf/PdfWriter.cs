using PlanGen.Document;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using SkiaSharp;

namespace PlanGen.Pdf;

/// <summary>
/// Writes a rendered document as PDF through PlanGen's own layout engine on SkiaSharp: measured
/// once to learn page numbers, then drawn. Fonts are embedded (subset) Noto Sans; the output is
/// byte-for-byte reproducible.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    public string Format => "pdf";

    public string Extension => "pdf";

    public void Write(RenderedDocument document, Stream output)
    {
        using var buffer = new MemoryStream();
        var toc = Render(document, buffer);
        var bytes = OutlineUpdate.Apply(StableIds.HexTrailerId(buffer.ToArray()), toc, document.Info.Language);
        StableIds.Apply(bytes);
        output.Write(bytes);
    }

    private static IReadOnlyList<Compose.TocItem> Render(RenderedDocument document, Stream output)
    {
        using var layout = DocumentLayout.Create(document);
        var (anchors, total, glyphs) = LayoutEngine.FirstPass(layout);
        using var subsets = new FontSubsets(glyphs);
        var (root, toc) = layout.Build(anchors);
        var page = layout.Geometry;

        using var pdf = SKDocument.CreatePdf(output, PdfMetadataFactory.Create(document.Info))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        SkiaPageCanvas? canvas = null;
        var context = new DrawContext(new RecordingCanvas());
        Paginator.Run(root, page, context, number =>
        {
            canvas = new SkiaPageCanvas(pdf.BeginPage(page.Width, page.Height), subsets);
            layout.DrawHeader(canvas, number);
            return canvas;
        }, number =>
        {
            layout.DrawFooter(canvas!, number, total);
            canvas!.Dispose();
            pdf.EndPage();
        });
        pdf.Close();
        return toc;
    }
}
