namespace PlanGen.Pdf.Text;

/// <summary>
/// The smallest unit of line breaking: text of one style between two break opportunities (or a
/// style change). Widths are in points.
/// </summary>
internal sealed class Fragment
{
    public Fragment(string text, TextStyle style, ShapedText? shaped = null)
    {
        Text = text;
        Style = style;
        // The face is fixed when the fragment is made (inside the document's FontLibrary scope);
        // widths are computed once, since line breaking reads them for every candidate width.
        Face = style.Face;
        Shaped = shaped ?? Face.Shape(text);
        Width = Shaped.Advance * style.Size;
        SpaceWidth = Face.SpaceAdvance * style.Size;
        HyphenWidth = Face.HyphenAdvance * style.Size;
    }

    public string Text { get; }

    public TextStyle Style { get; }

    /// <summary>The face <see cref="Style"/> stands for in this document.</summary>
    public FontFace Face { get; }

    /// <summary>Shaped on its own, or a slice of its whole word's shaping (a syllable keeps the word's kerning).</summary>
    public ShapedText Shaped { get; }

    public float Width { get; }

    public float SpaceWidth { get; }

    /// <summary>White space follows; it stretches when justifying and vanishes at a line end.</summary>
    public bool SpaceAfter { get; set; }

    /// <summary>A line may end after this fragment.</summary>
    public bool BreakAfter { get; set; }

    /// <summary>A hyphenation point follows: a line may end here, and then a hyphen is drawn.</summary>
    public bool Hyphen { get; set; }

    /// <summary>Width of the hyphen drawn when a line ends at this fragment's <see cref="Hyphen"/>.</summary>
    public float HyphenWidth { get; }

    /// <summary>A line must end after this fragment.</summary>
    public bool HardBreak { get; set; }
}
