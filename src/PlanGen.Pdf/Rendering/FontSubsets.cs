using PlanGen.Pdf.Text;
using SkiaSharp;

namespace PlanGen.Pdf.Rendering;

/// <summary>Per document: a subset typeface for each face used, falling back to the full face.</summary>
internal sealed class FontSubsets(IReadOnlyDictionary<FontFace, HashSet<ushort>> glyphs) : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> typefaces = [];

    public SKTypeface Typeface(FontFace face)
    {
        if (typefaces.TryGetValue(face, out var typeface))
        {
            return typeface;
        }

        var used = glyphs.TryGetValue(face, out var set) ? set : [];
        var bytes = FontSubsetter.Subset(face, used);
        typeface = (bytes is null ? null : SKTypeface.FromData(SKData.CreateCopy(bytes))) ?? face.Typeface;
        typefaces[face] = typeface;
        return typeface;
    }

    public void Dispose()
    {
        foreach (var (face, typeface) in typefaces)
        {
            if (typeface != face.Typeface)
            {
                typeface.Dispose();
            }
        }
    }
}
