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
}
