using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// Shrinks its child (text included) in small steps until it fits; for the card's fixed blocks,
/// where overflowing onto another page is not an option and no text may be lost.
/// </summary>
internal sealed class ScaleToFit(Element child, float minScale = 0.1f) : Element
{
    private const float Step = 0.94f;

    public override SpacePlan Measure(Space space)
    {
        var (plan, scale) = Find(space);
        return plan.Type == SpacePlanType.Empty ? plan : SpacePlan.Full(plan.Width * scale, plan.Height * scale);
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var (_, scale) = Find(space);
        context.Canvas.PushTransform(x, y, scale);
        child.Draw(context, 0, 0, Scaled(space, scale));
        context.Canvas.PopTransform();
    }

    private static Space Scaled(Space space, float scale) => new(space.Width / scale, space.Height / scale, true);

    private (SpacePlan Plan, float Scale) Find(Space space)
    {
        for (var scale = 1f; ; scale *= Step)
        {
            var plan = child.Measure(Scaled(space, scale));
            if (plan.Type is SpacePlanType.Full or SpacePlanType.Empty || scale * Step < minScale)
            {
                return (plan, scale);
            }
        }
    }
}
