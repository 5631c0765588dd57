namespace PlanGen.Pdf.Layout;

/// <summary>
/// Widths from <see cref="Low"/> to <see cref="High"/> (both included) at which an element, measured
/// with unbounded height, has the same height (see <see cref="Element.SameHeight"/>). Bounds are
/// kept a little inside the true range (<see cref="Margin"/> per step), so float rounding in the
/// widths a parent derives can never carry a width across a line break.
/// </summary>
internal readonly record struct WidthSpan(float Low, float High)
{
    /// <summary>Kept off each bound per step: far above float rounding at page widths, far below a width step of the card.</summary>
    public const float Margin = 0.001f;

    /// <summary>Every width.</summary>
    public static WidthSpan All => new(float.NegativeInfinity, float.PositiveInfinity);

    /// <summary>Only <paramref name="width"/> itself is known to give that height.</summary>
    public static WidthSpan Exact(float width) => new(width, width);

    /// <summary>True for a range wider than one width (an exact span serves only its own width, which a plain cache key does).</summary>
    public bool IsRange => High > Low;

    public bool Contains(float width) => width >= Low && width <= High;

    public WidthSpan Intersect(WidthSpan other) => new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    /// <summary>The span of a parent that gives its child <paramref name="inset"/> less width than it has.</summary>
    public WidthSpan Widen(float inset) => IsRange ? new(Low + inset + Margin, High + inset - Margin) : this;
}
