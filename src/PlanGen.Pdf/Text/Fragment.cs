namespace PlanGen.Pdf.Text;

/// <summary>
/// The smallest unit of line breaking: text of one style between two break opportunities (or a
/// style change). Widths are in points.
/// </summary>
internal sealed class Fragment(string text, TextStyle style)
{
    public string Text { get; } = text;

    public TextStyle Style { get; } = style;

    public ShapedText Shaped { get; } = style.Face.Shape(text);

    public float Width => Shaped.Advance * Style.Size;

    public float SpaceWidth => Style.Face.SpaceAdvance * Style.Size;

    /// <summary>White space follows; it stretches when justifying and vanishes at a line end.</summary>
    public bool SpaceAfter { get; set; }

    /// <summary>A line may end after this fragment.</summary>
    public bool BreakAfter { get; set; }

    /// <summary>A line must end after this fragment.</summary>
    public bool HardBreak { get; set; }
}
