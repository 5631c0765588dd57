using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// Padding with an optional background and left bar: quotes (bar only, a BlockQuote) and callout
/// boxes (background and bar, a Note); the background and bar themselves are decoration.
/// </summary>
internal sealed class Decoration(Element child, float padding, Color? background = null, Color? bar = null, float barWidth = 3) : Element
{
    public StructureTag? Tag { get; init; } = (background, bar) switch
    {
        ({ }, { }) => new StructureTag(StructureRole.Note),
        (null, { }) => new StructureTag(StructureRole.BlockQuote),
        _ => null,
    };

    public override SpacePlan Measure(Space space)
    {
        var plan = child.Measure(Inner(space));
        return plan.Type switch
        {
            SpacePlanType.Full => SpacePlan.Full(space.Width, plan.Height + (2 * padding)),
            SpacePlanType.Partial => SpacePlan.Partial(space.Width, plan.Height + (2 * padding)),
            _ => plan,
        };
    }

    public override WidthSpan SameHeight(float width) => child.SameHeight(Math.Max(0, width - (Left + padding))).Widen(Left + padding);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var plan = Measure(space);
        var box = new Rect(x, y, space.Width, plan.Height);
        if (background is { } fill)
        {
            context.Canvas.FillRect(box, fill);
        }

        if (bar is { } accent)
        {
            context.Canvas.FillRect(box with { Width = barWidth }, accent);
        }

        if (Tag is { } tag)
        {
            context.Canvas.BeginTag(this, tag);
        }

        child.Draw(context, x + Left, y + padding, Inner(space));
        if (Tag is not null)
        {
            context.Canvas.EndTag();
        }
    }

    private float Left => padding + (bar is null ? 0 : barWidth);

    private Space Inner(Space space) => space.Shrink(Left + padding, 2 * padding);
}
