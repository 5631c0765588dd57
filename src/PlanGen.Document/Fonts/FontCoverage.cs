using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PlanGen.Document.Fonts;

/// <summary>
/// Which characters a font has a glyph for, read from its Unicode cmap (formats 4 and 12). The PDF draws
/// text with one family and no fallback, so a character outside it is left out of the PDF; validation uses
/// this to warn at the field (PG0206) instead of losing it silently.
/// </summary>
public sealed class FontCoverage
{
    private static readonly ConcurrentDictionary<byte[], FontCoverage> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>Sorted, non-overlapping ranges of covered code points.</summary>
    private readonly (int First, int Last)[] ranges;

    private FontCoverage((int First, int Last)[] ranges) => this.ranges = ranges;

    /// <summary>The coverage of a font file (cached per byte array: the shipped fonts are shared arrays).</summary>
    public static FontCoverage Of(FontFile font) => Cache.GetOrAdd(font.Bytes, Read);

    public bool Covers(int codePoint)
    {
        int low = 0, high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < ranges[middle].First)
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The distinct characters of <paramref name="text"/> the font cannot draw, in order of appearance.
    /// Layout characters (line ends, spaces, joiners, direction marks, variation selectors) need no glyph and are skipped.</summary>
    public IReadOnlyList<Rune> Missing(string text)
    {
        List<Rune>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!NeedsGlyph(rune) || Covers(rune.Value) || (missing?.Contains(rune) ?? false))
            {
                continue;
            }
            (missing ??= []).Add(rune);
        }
        return missing ?? (IReadOnlyList<Rune>)[];
    }

    private static bool NeedsGlyph(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
        && rune.Value is not (>= 0xFE00 and <= 0xFE0F) and not (>= 0xE0100 and <= 0xE01EF) && rune.Value != 0xFFFD;

    private static FontCoverage Read(byte[] bytes)
    {
        var found = new List<(int First, int Last)>();
        var cmap = Table(bytes, "cmap");
        if (cmap.Length >= 4)
        {
            int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (var i = 0; i < count && 4 + (i * 8) + 8 <= cmap.Length; i++)
            {
                var record = cmap.Slice(4 + (i * 8), 8);
                var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
                var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
                var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
                if ((platform == 0 || (platform == 3 && encoding is 1 or 10)) && offset + 4 <= (uint)cmap.Length)
                {
                    Subtable(cmap[(int)offset..], found);
                }
            }
        }
        return new FontCoverage(Merge(found));
    }

    private static void Subtable(ReadOnlySpan<byte> table, List<(int First, int Last)> found)
    {
        var format = BinaryPrimitives.ReadUInt16BigEndian(table);
        if (format == 4 && table.Length >= 14)
        {
            Format4(table, found);
        }
        else if (format == 12 && table.Length >= 16)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
            for (var g = 0L; g < groups && 16 + (g * 12) + 12 <= table.Length; g++)
            {
                var group = table.Slice((int)(16 + (g * 12)), 12);
                var first = BinaryPrimitives.ReadUInt32BigEndian(group);
                var last = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                if (first <= last && last <= 0x10FFFF)
                {
                    found.Add(((int)first, (int)last));
                }
            }
        }
    }

    /// <summary>Format 4 (the BMP): a code point counts when it maps to a glyph other than 0 (.notdef).</summary>
    private static void Format4(ReadOnlySpan<byte> table, List<(int First, int Last)> found)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        if (rangeOffsets + (segments * 2) > table.Length)
        {
            return;
        }
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    glyph = at + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0)
                {
                    found.Add((c, c));
                }
            }
        }
    }

    private static (int First, int Last)[] Merge(List<(int First, int Last)> found)
    {
        found.Sort();
        var merged = new List<(int First, int Last)>();
        foreach (var (first, last) in found)
        {
            if (merged.Count > 0 && first <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, last));
            }
            else
            {
                merged.Add((first, last));
            }
        }
        return [.. merged];
    }

    private static ReadOnlySpan<byte> Table(byte[] bytes, string tag)
    {
        if (bytes.Length < 12)
        {
            return default;
        }
        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        for (var i = 0; i < count && 12 + (i * 16) + 16 <= bytes.Length; i++)
        {
            var record = bytes.AsSpan(12 + (i * 16), 16);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (Encoding.ASCII.GetString(record[..4]) == tag && offset + (ulong)length <= (ulong)bytes.Length)
            {
                return bytes.AsSpan((int)offset, (int)length);
            }
        }
        return default;
    }
}
