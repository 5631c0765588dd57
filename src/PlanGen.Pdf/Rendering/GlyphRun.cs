using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Rendering;

/// <summary>Positioned glyphs of one style on one baseline; <paramref name="Text"/> is what they spell.</summary>
internal sealed record GlyphRun(FontFace Face, float Size, Color Color, ushort[] Glyphs, float[] X, float Y, float Width, string Text)
{
    public Rect Bounds => new(X.Length > 0 ? X[0] : 0, Y - (Face.Ascent * Size), Width, (Face.Ascent + Face.Descent) * Size);
}
