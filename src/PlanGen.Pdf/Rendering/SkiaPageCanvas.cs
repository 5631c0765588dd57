using PlanGen.Pdf.Layout;
using SkiaSharp;

namespace PlanGen.Pdf.Rendering;

/// <summary>Draws onto a Skia PDF page. Fonts and paints are reused across runs of the page.</summary>
internal sealed class SkiaPageCanvas(SKCanvas canvas, FontSubsets subsets) : IPageCanvas, IDisposable
{
    private readonly Dictionary<(Text.FontFace, float), SKFont> fonts = [];
    private readonly Dictionary<Color, SKPaint> paints = [];

    public void DrawText(IReadOnlyList<GlyphRun> runs)
    {
        using var builder = new SKTextBlobBuilder();
        var colour = runs.Count > 0 ? runs[0].Color : Color.Black;
        foreach (var run in runs)
        {
            if (run.Color != colour)
            {
                Flush(builder, colour);
                colour = run.Color;
            }

            var buffer = builder.AllocatePositionedRun(Font(run.Face, run.Size), run.Glyphs.Length);
            run.Glyphs.CopyTo(buffer.Glyphs);
            var positions = buffer.Positions;
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                positions[i] = new SKPoint(run.X[i], run.Y);
            }
        }

        Flush(builder, colour);
    }

    public void FillRect(Rect rect, Color color) =>
        canvas.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, Paint(color));

    public void DrawLine(float x1, float y1, float x2, float y2, float width, Color color)
    {
        var paint = Paint(color);
        paint.StrokeWidth = width;
        paint.Style = SKPaintStyle.Stroke;
        canvas.DrawLine(x1, y1, x2, y2, paint);
        paint.Style = SKPaintStyle.Fill;
    }

    public void DrawImage(SKImage image, Rect rect)
    {
        using var paint = new SKPaint();
        canvas.DrawImage(image, new SKRect(rect.X, rect.Y, rect.Right, rect.Bottom), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    public void LinkUrl(Rect rect, string url) => canvas.DrawUrlAnnotation(ToSk(rect), url);

    public void LinkAnchor(Rect rect, string anchor) => canvas.DrawLinkDestinationAnnotation(ToSk(rect), anchor);

    public void Anchor(float x, float y, string anchor) => canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), anchor);

    public void PushTransform(float dx, float dy, float scale)
    {
        canvas.Save();
        canvas.Translate(dx, dy);
        canvas.Scale(scale);
    }

    public void PopTransform() => canvas.Restore();

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in paints.Values)
        {
            paint.Dispose();
        }
    }

    private static SKRect ToSk(Rect r) => new(r.X, r.Y, r.Right, r.Bottom);

    private void Flush(SKTextBlobBuilder builder, Color colour)
    {
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, Paint(colour));
        }
    }

    private SKFont Font(Text.FontFace face, float size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(subsets.Typeface(face), size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            fonts[(face, size)] = font;
        }

        return font;
    }

    private SKPaint Paint(Color color)
    {
        if (!paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = new SKColor(color.R, color.G, color.B), IsAntialias = true };
            paints[color] = paint;
        }

        return paint;
    }
}
