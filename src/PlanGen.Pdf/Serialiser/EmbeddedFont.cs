using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// One face as used by one document: the glyphs drawn and the text each stands for. Written as a
/// Type0 font over a CIDFontType2 with the subset font file, its widths and a ToUnicode map, so
/// copying and screen readers get the letters back (a ligature glyph maps to all its letters).
/// </summary>
internal sealed class EmbeddedFont(FontFace face, string resource)
{
    // Looked up for every glyph drawn; sorted only when written.
    private readonly Dictionary<ushort, string> glyphs = [];

    public FontFace Face => face;

    /// <summary>Resource name in content streams, e.g. "F0".</summary>
    public string Resource => resource;

    /// <summary>Advance of a glyph in thousandths of the font size, as written in /W.</summary>
    public double Width(ushort glyph) => Math.Round(face.Tables.Advance(glyph) * 1000.0 / face.Tables.UnitsPerEm, 3);

    public void Use(GlyphRun run)
    {
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            var glyph = run.Glyphs[i];
            if (glyphs.ContainsKey(glyph))
            {
                continue;
            }

            // The glyph's characters run from its cluster to the next glyph's (in logical order).
            var start = run.Clusters[i];
            var end = run.Text.Length;
            for (var k = 0; k < run.Clusters.Length; k++)
            {
                if (run.Clusters[k] > start && run.Clusters[k] < end)
                {
                    end = run.Clusters[k];
                }
            }

            var firstOfCluster = i == 0 || run.Clusters[i - 1] != start;
            if (firstOfCluster && start < end)
            {
                glyphs[glyph] = run.Text[start..end];
            }
            else if (!firstOfCluster)
            {
                glyphs.TryAdd(glyph, "");
            }
        }
    }

    /// <summary>Writes the font objects; returns the Type0 font's object number.</summary>
    public int Write(PdfFile file)
    {
        var tables = face.Tables;
        var used = glyphs.Keys.Order().ToList();
        var program = FontPrograms.For(face, used);
        var name = Tag(used) + "+" + face.Name;
        var scale = 1000.0 / tables.UnitsPerEm;
        string N(double v) => PdfSyntax.Number(Math.Round(v * scale));

        var fontFile = file.AddStream($"/Filter /FlateDecode /Length1 {program.Length}", program.Deflated);
        var flags = 32 | (tables.ItalicAngle != 0 ? 64 : 0);
        var box = tables.BoundingBox;
        var descriptor = file.Add(string.Create(CultureInfo.InvariantCulture,
            $"<</Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [{N(box[0])} {N(box[1])} {N(box[2])} {N(box[3])}] /ItalicAngle {PdfSyntax.Number(tables.ItalicAngle)} /Ascent {N(tables.Ascender)} /Descent {N(tables.Descender)} /CapHeight {N(tables.CapHeight)} /StemV {(tables.Weight >= 600 ? 140 : 80)} /FontWeight {tables.Weight} /FontFile2 {fontFile} 0 R>>"), packed: true);
        var cidFont = file.Add($"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor {descriptor} 0 R /DW 1000 /W {Widths(used)} /CIDToGIDMap /Identity>>", packed: true);
        var toUnicode = file.AddStream("/Filter /FlateDecode", PdfStreams.Deflate(Encoding.ASCII.GetBytes(ToUnicode())));
        return file.Add($"<</Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>", packed: true);
    }

    /// <summary>Six capital letters from the glyph set: a subset's name tag, the same for the same glyphs.</summary>
    private static string Tag(List<ushort> used)
    {
        var bytes = new byte[used.Count * 2];
        for (var i = 0; i < used.Count; i++)
        {
            bytes[i * 2] = (byte)(used[i] >> 8);
            bytes[(i * 2) + 1] = (byte)used[i];
        }

        var hash = SHA256.HashData(bytes);
        return string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    /// <summary>/W as runs of consecutive glyph ids: "[3 [600 550] 17 [320]]".</summary>
    private string Widths(List<ushort> used)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < used.Count; i++)
        {
            if (i == 0 || used[i] != used[i - 1] + 1)
            {
                if (i > 0)
                {
                    sb.Append("] ");
                }

                sb.Append(used[i]).Append(" [");
            }
            else
            {
                sb.Append(' ');
            }

            sb.Append(PdfSyntax.Number(Width(used[i])));
        }

        return sb.Append(used.Count > 0 ? "]]" : "]").ToString();
    }

    private string ToUnicode()
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = glyphs.Where(g => g.Value.Length > 0).OrderBy(g => g.Key).ToList();
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var chunk = mapped.Skip(start).Take(100).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
