using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// A heading and the block after it: the heading only goes on a page where at least the start of
/// the next block fits too, so no heading is left alone at the foot of a page.
/// </summary>
internal sealed class KeepWithNext(Element first, Element next, float spaceBetween) : Element
{
    private readonly Column column = new Column().Add(first).Add(next, spaceBetween);
    private bool started;

    public override SpacePlan Measure(Space space)
    {
        if (started || space.TopOfPage)
        {
            return column.Measure(space);
        }

        var head = first.Measure(space);
        if (head.Type != SpacePlanType.Full)
        {
            return SpacePlan.Wrap;
        }

        var rest = next.Measure(space with { Height = space.Height - head.Height - spaceBetween, TopOfPage = false });
        return rest.Type == SpacePlanType.Wrap ? SpacePlan.Wrap : column.Measure(space);
    }

    /// <summary>With unbounded height the pair is measured as its column (the heading and the start of the block always fit).</summary>
    public override WidthSpan SameHeight(float width) => column.SameHeight(width);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        started = true;
        column.Draw(context, x, y, space);
    }
}
