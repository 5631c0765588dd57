namespace PlanGen.Pdf.Text;

/// <summary>A paragraph broken for one width: the fragments (long words split) and the lines over them.</summary>
internal sealed record LineSet(IReadOnlyList<Fragment> Fragments, IReadOnlyList<TextLine> Lines, float Width)
{
    /// <summary>
    /// For first-fit lines: every width whose limit (width plus the breaker's tolerance) is at least
    /// <c>Fitted</c> and below <c>Overflow</c> breaks exactly alike; null when only <see cref="Width"/> does (justified text, split words).
    /// </summary>
    public (float Fitted, float Overflow)? Range { get; init; }
}
