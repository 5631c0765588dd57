namespace PlanGen.Pdf.Text;

/// <summary>
/// A piece of text shaped by HarfBuzz, in em units so one shaping serves every font size.
/// </summary>
internal sealed class ShapedText(ushort[] glyphs, float[] offsets, int[] clusters, float advance)
{
    public ushort[] Glyphs { get; } = glyphs;

    /// <summary>Pen position of each glyph from the start of the text, in em.</summary>
    public float[] Offsets { get; } = offsets;

    /// <summary>Index of the first UTF-16 char each glyph belongs to.</summary>
    public int[] Clusters { get; } = clusters;

    /// <summary>Total advance width in em.</summary>
    public float Advance { get; } = advance;

    /// <summary>
    /// The glyphs of chars [<paramref name="start"/>, <paramref name="end"/>) with the word's own
    /// kerning and ligatures, or null when a glyph (a ligature) straddles either edge.
    /// </summary>
    public ShapedText? Slice(int start, int end)
    {
        int first = -1, last = -1;
        for (var i = 0; i < Glyphs.Length; i++)
        {
            if (Clusters[i] >= start && Clusters[i] < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0 || Clusters[first] != start || (last + 1 < Glyphs.Length && Clusters[last + 1] != end) || (first > 0 && Clusters[first - 1] >= start))
        {
            return null;
        }

        var origin = Offsets[first];
        var next = last + 1 < Glyphs.Length ? Offsets[last + 1] : Advance;
        var count = last - first + 1;
        var offsets = new float[count];
        var clusters = new int[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = Offsets[first + i] - origin;
            clusters[i] = Clusters[first + i] - start;
        }

        return new ShapedText(Glyphs[first..(last + 1)], offsets, clusters, next - origin);
    }
}
