using System.Runtime.InteropServices;
using System.Collections.Concurrent;
using HarfBuzzSharp;
using HbFont = HarfBuzzSharp.Font;

namespace PlanGen.Pdf.Text;

/// <summary>
/// One font file, loaded once: its bytes and tables for embedding in the PDF and HarfBuzz's font
/// for shaping. Shaping results are cached per text because a plan repeats its words.
/// </summary>
internal sealed class FontFace
{
    // Default OpenType features, ligatures included ("fi", "ffl"): the PDF's ToUnicode map gives each
    // ligature glyph all its letters back, so copying "officieel" still gives "officieel".
    private static readonly Feature[] Features = [];

    private readonly Blob blob;
    private readonly Face face;
    private readonly HbFont font;
    private readonly float unitsPerEm;
    private readonly bool lacksNoBreakHyphen;
    private readonly ConcurrentDictionary<string, ShapedText> cache = new(StringComparer.Ordinal);

    public FontFace(string name, byte[] data)
    {
        Name = name;
        Data = data;
        Tables = new FontTables(data);
        // Blob and face live as long as the process: disposing the blob frees the bytes HarfBuzz reads.
        // (Blob.FromStream gave glyph 0 for everything in two of the four faces: copy to native memory.)
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        blob = new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        face = new Face(blob, 0);
        unitsPerEm = face.UnitsPerEm;
        font = new HbFont(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        lacksNoBreakHyphen = !font.TryGetNominalGlyph(0x2011, out var nbh) || nbh == 0;

        Ascent = Tables.Ascender / (float)Tables.UnitsPerEm;
        Descent = -Tables.Descender / (float)Tables.UnitsPerEm;
        SpaceGlyph = Shape(" ").Glyphs[0];
        SpaceAdvance = Shape(" ").Advance;

        // The hyphen at a hyphenated line end: the font's soft-hyphen glyph when it has its own, so
        // ToUnicode gives U+00AD and copied text reads "veiligheid"; else the hyphen ("veilig-heid").
        var hyphen = Shape("-");
        HyphenAdvance = hyphen.Advance;
        (HyphenGlyph, HyphenText) = font.TryGetNominalGlyph(0xAD, out var soft) && soft != 0 && soft != hyphen.Glyphs[0]
            ? ((ushort)soft, "\u00AD")
            : (hyphen.Glyphs[0], "-");
    }

    /// <summary>Glyph drawn for a hyphenation break and the text it stands for (see the constructor).</summary>
    public ushort HyphenGlyph { get; }

    public string HyphenText { get; }

    /// <summary>Advance of the hyphen, in em.</summary>
    public float HyphenAdvance { get; }

    public string Name { get; }

    /// <summary>HarfBuzz's face, for subsetting.</summary>
    public Face HarfBuzzFace => face;

    /// <summary>The font file.</summary>
    public byte[] Data { get; }

    public FontTables Tables { get; }

    /// <summary>Ascent above the baseline, in em (positive).</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline, in em (positive).</summary>
    public float Descent { get; }

    public ushort SpaceGlyph { get; }

    public float SpaceAdvance { get; }

    public ShapedText Shape(string text) => cache.GetOrAdd(text, ShapeUncached);

    private ShapedText ShapeUncached(string text)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        // Liberation Sans and Carlito have no U+2011 (the typography pass's no-break hyphen in phone numbers):
        // draw the hyphen's glyph, one for one, so "0344‑555 101" does not lose its hyphen.
        buffer.AddUtf16(lacksNoBreakHyphen ? text.Replace('\u2011', '-') : text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer, Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var offsets = new float[infos.Length];
        var clusters = new int[infos.Length];
        float pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            offsets[i] = (pen + positions[i].XOffset) / unitsPerEm;
            pen += positions[i].XAdvance;
        }

        return new ShapedText(glyphs, offsets, clusters, pen / unitsPerEm);
    }
}
