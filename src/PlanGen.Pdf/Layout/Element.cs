namespace PlanGen.Pdf.Layout;

/// <summary>
/// A node of the layout tree. Two phases: <see cref="Measure"/> says what fits without side effects;
/// <see cref="Draw"/> draws exactly that and advances the element's state past what it drew, so the
/// next page continues where this one stopped.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(Space space);

    /// <summary>Draws what <see cref="Measure"/> promised for the same space, with its top-left at (x, y).</summary>
    public abstract void Draw(DrawContext context, float x, float y, Space space);

    /// <summary>
    /// Called after <see cref="Measure"/> with <paramref name="width"/> and unbounded height, in the
    /// same state: the widths at which such a measure gives exactly the same height. An element that
    /// cannot tell answers only <paramref name="width"/> itself.
    /// </summary>
    public virtual WidthSpan SameHeight(float width) => WidthSpan.Exact(width);
}
