using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using PlanGen.Document.Fonts;
using HbFont = HarfBuzzSharp.Font;

namespace PlanGen.Docx.Layout.Pagination;

/// <summary>
/// Advance widths and line height of one shipped face (Liberation Sans for Arial, Carlito for Calibri):
/// the metric-compatible fonts LibreOffice substitutes, so widths here are the widths it sets.
/// Unkerned advances, as Word and LibreOffice lay out a DOCX without w:kern.
/// </summary>
internal sealed class FontMeasure
{
    private static readonly ConcurrentDictionary<string, FontMeasure> Loaded = new(StringComparer.Ordinal);

    private readonly HbFont font;
    private readonly double unitsPerEm;
    private readonly ConcurrentDictionary<int, double> advances = new();

    private FontMeasure(byte[] data)
    {
        // Blob and face live as long as the process (as in the PDF writer's FontFace).
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        var blob = new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        var face = new Face(blob, 0);
        unitsPerEm = face.UnitsPerEm;
        font = new HbFont(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        font.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender / unitsPerEm;
        Descent = -extents.Descender / unitsPerEm;
        LineGap = extents.LineGap / unitsPerEm;
    }

    /// <summary>Ascent, descent and line gap in em (hhea, or OS/2 typo metrics when the font asks for them).</summary>
    public double Ascent { get; }

    public double Descent { get; }

    public double LineGap { get; }

    public static FontMeasure For(FontFile file) => Loaded.GetOrAdd(file.Name + ":" + file.Bytes.Length, _ => new FontMeasure(file.Bytes));

    /// <summary>Single line height in twips at <paramref name="halfPoints"/>: ascent + descent + line gap, each rounded as LibreOffice does.</summary>
    public int LineTwips(int halfPoints)
    {
        var size = halfPoints * 10.0;
        return (int)Math.Round(Ascent * size) + (int)Math.Round(Descent * size) + (int)Math.Round(LineGap * size);
    }

    /// <summary>Descent in twips: an inline picture stands on the baseline, so its line is the picture plus this.</summary>
    public int DescentTwips(int halfPoints) => (int)Math.Round(Descent * halfPoints * 10.0);

    /// <summary>Advance of one character in em; characters the face lacks fall back to look-alikes.</summary>
    public double Advance(int codePoint) => advances.GetOrAdd(codePoint, Measure);

    private double Measure(int codePoint)
    {
        switch (codePoint)
        {
            case 0x2060 or 0x200B or 0xAD:
                return 0;
            case 0x2011 when !font.TryGetNominalGlyph(0x2011u, out _):
                return Measure('-');
            case 0xA0 when !font.TryGetNominalGlyph(0xA0u, out _):
                return Measure(' ');
        }

        if (!font.TryGetNominalGlyph((uint)codePoint, out var glyph))
        {
            font.TryGetNominalGlyph('n', out glyph);
        }

        return font.GetHorizontalGlyphAdvance(glyph) / unitsPerEm;
    }
}
