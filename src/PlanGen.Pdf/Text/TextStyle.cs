using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Text;

/// <summary>Character style of a span. <paramref name="Link"/> is a URL or "#anchor".</summary>
internal sealed record TextStyle(float Size, bool Bold, bool Italic, Color Color, string? Link = null)
{
    public FontFace Face => FontLibrary.Get(Bold, Italic);

    public TextStyle With(bool? bold = null, bool? italic = null, Color? color = null, float? size = null, string? link = null) =>
        new(size ?? Size, bold ?? Bold, italic ?? Italic, color ?? Color, link ?? Link);
}
