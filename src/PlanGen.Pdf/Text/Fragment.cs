namespace PlanGen.Pdf.Text;

/// <summary>
/// The smallest unit of line breaking: text of one style between two break opportunities (or a
/// style change). Widths are in points.
/// </summary>
internal sealed class Fragment(string text, TextStyle style, ShapedText? shaped = null)
{
    public string Text { get; } = text;

    public TextStyle Style { get; } = style;

    /// <summary>Shaped on its own, or a slice of its whole word's shaping (a syllable keeps the word's kerning).</summary>
    public ShapedText Shaped { get; } = shaped ?? style.Face.Shape(text);

    public float Width => Shaped.Advance * Style.Size;

    public float SpaceWidth => Style.Face.SpaceAdvance * Style.Size;

    /// <summary>White space follows; it stretches when justifying and vanishes at a line end.</summary>
    public bool SpaceAfter { get; set; }

    /// <summary>A line may end after this fragment.</summary>
    public bool BreakAfter { get; set; }

    /// <summary>A hyphenation point follows: a line may end here, and then a hyphen is drawn.</summary>
    public bool Hyphen { get; set; }

    /// <summary>Width of the hyphen drawn when a line ends at this fragment's <see cref="Hyphen"/>.</summary>
    public float HyphenWidth => Style.Face.HyphenAdvance * Style.Size;

    /// <summary>A line must end after this fragment.</summary>
    public bool HardBreak { get; set; }
}
