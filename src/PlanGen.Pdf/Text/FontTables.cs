using System.Buffers.Binary;
using System.Text;

namespace PlanGen.Pdf.Text;

/// <summary>
/// The few numbers a PDF font descriptor needs, read straight from a TrueType file's tables
/// (head, hhea, hmtx, post, OS/2): units per em, bounding box, ascender and descender, cap height,
/// italic angle, weight and each glyph's advance width.
/// </summary>
internal sealed class FontTables
{
    private readonly ushort[] advances;

    public FontTables(byte[] data)
    {
        var head = Table(data, "head");
        var hhea = Table(data, "hhea");
        var hmtx = Table(data, "hmtx");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = [I16(head, 36), I16(head, 38), I16(head, 40), I16(head, 42)];
        Ascender = I16(hhea, 4);
        Descender = I16(hhea, 6);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        advances = new ushort[metrics];
        for (var i = 0; i < metrics; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        }

        var post = Table(data, "post");
        ItalicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        var os2 = Table(data, "OS/2");
        Weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400;
        CapHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? I16(os2, 88) : Ascender;
    }

    public int UnitsPerEm { get; }

    /// <summary>xMin, yMin, xMax, yMax in font units.</summary>
    public int[] BoundingBox { get; }

    public int Ascender { get; }

    public int Descender { get; }

    public int CapHeight { get; }

    public double ItalicAngle { get; }

    public int Weight { get; }

    /// <summary>Advance width of a glyph in font units (glyphs past the last metric share its width).</summary>
    public int Advance(ushort glyph) => advances.Length == 0 ? 0 : advances[Math.Min(glyph, advances.Length - 1)];

    private static short I16(ReadOnlySpan<byte> table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table[offset..]);

    private static ReadOnlySpan<byte> Table(byte[] data, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var wanted = Encoding.ASCII.GetBytes(tag);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + (i * 16), 16);
            if (record[..4].SequenceEqual(wanted))
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                return data.AsSpan(offset, length);
            }
        }

        return tag is "head" or "hhea" or "hmtx" ? throw new InvalidDataException($"Font has no {tag} table.") : [];
    }
}
