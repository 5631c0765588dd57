using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Rendering;

/// <summary>
/// Positioned glyphs of one style on one baseline; <paramref name="Text"/> is what they spell and
/// <paramref name="Clusters"/> the index in it where each glyph's characters start (for ToUnicode).
/// <paramref name="Link"/> is the link target the run is part of, if any.
/// </summary>
internal sealed record GlyphRun(FontFace Face, float Size, Color Color, ushort[] Glyphs, float[] X, float Y, float Width, string Text, int[] Clusters, string? Link = null)
{
    public Rect Bounds => new(X.Length > 0 ? X[0] : 0, Y - (Face.Ascent * Size), Width, (Face.Ascent + Face.Descent) * Size);
}
