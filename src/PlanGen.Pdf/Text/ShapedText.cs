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
}
