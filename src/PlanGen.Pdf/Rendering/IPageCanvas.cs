using PlanGen.Pdf.Layout;
using SkiaSharp;

namespace PlanGen.Pdf.Rendering;

/// <summary>
/// The drawing surface of one page. The PDF implementation forwards to Skia; the recording one
/// writes what was drawn as text for golden and property tests.
/// </summary>
internal interface IPageCanvas
{
    /// <summary>Draws one line of text made of runs.</summary>
    void DrawText(IReadOnlyList<GlyphRun> runs);

    void FillRect(Rect rect, Color color);

    void DrawLine(float x1, float y1, float x2, float y2, float width, Color color);

    void DrawImage(SKImage image, Rect rect);

    /// <summary>A clickable external link over <paramref name="rect"/>.</summary>
    void LinkUrl(Rect rect, string url);

    /// <summary>A clickable link to a named destination in this document.</summary>
    void LinkAnchor(Rect rect, string anchor);

    /// <summary>Defines a named destination at this point.</summary>
    void Anchor(float x, float y, string anchor);

    /// <summary>Moves the origin to (dx, dy) and scales uniformly, until <see cref="PopTransform"/>.</summary>
    void PushTransform(float dx, float dy, float scale);

    void PopTransform();
}
