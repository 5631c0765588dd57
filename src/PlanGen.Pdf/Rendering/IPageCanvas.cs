using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Rendering;

/// <summary>
/// The drawing surface of one page. The PDF implementation writes content streams and the structure
/// tree; the recording one writes what was drawn as text for golden and property tests.
/// </summary>
internal interface IPageCanvas
{
    /// <summary>Draws one line of text made of runs.</summary>
    void DrawText(IReadOnlyList<GlyphRun> runs);

    void FillRect(Rect rect, Color color);

    void DrawLine(float x1, float y1, float x2, float y2, float width, Color color);

    void DrawImage(RasterImage image, Rect rect);

    /// <summary>A clickable external link over <paramref name="rect"/>.</summary>
    void LinkUrl(Rect rect, string url);

    /// <summary>
    /// A clickable link to a named destination in this document; <paramref name="description"/> is what
    /// a screen reader says for it (the annotation's /Contents) when the link's own text does not follow.
    /// </summary>
    void LinkAnchor(Rect rect, string anchor, string? description = null);

    /// <summary>Defines a named destination at this point.</summary>
    void Anchor(float x, float y, string anchor);

    /// <summary>Moves the origin to (dx, dy) and scales uniformly, until <see cref="PopTransform"/>.</summary>
    void PushTransform(float dx, float dy, float scale);

    void PopTransform();

    /// <summary>
    /// Opens a structure element inside the one open now; what is drawn until <see cref="EndTag"/>
    /// belongs to it. An element split over pages calls this on each page with the same
    /// <paramref name="key"/> (the layout element), and the parts stay one structure element.
    /// </summary>
    void BeginTag(object key, StructureTag tag);

    void EndTag();

    /// <summary>What is drawn until <see cref="EndArtifact"/> is page furniture, not content (headers, footers, page numbers).</summary>
    void BeginArtifact();

    void EndArtifact();
}
