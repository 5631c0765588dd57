using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// Shrinks its child (text included) in small steps until it fits; for the card's fixed blocks,
/// where overflowing onto another page is not an option and no text may be lost. A fixed scale
/// (a smaller one shared by a whole card page) overrides the search.
/// </summary>
internal sealed class ScaleToFit(Element child, float minScale = 0.1f) : Element
{
    private const float Step = 0.94f;

    public float? FixedScale { get; set; }

    public override SpacePlan Measure(Space space)
    {
        var scale = FixedScale ?? FindScale(space);
        var plan = child.Measure(Scaled(space, scale));
        return plan.Type == SpacePlanType.Empty ? plan : SpacePlan.Full(plan.Width * scale, plan.Height * scale);
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var scale = FixedScale ?? FindScale(space);
        context.Canvas.PushTransform(x, y, scale);
        child.Draw(context, 0, 0, Scaled(space, scale));
        context.Canvas.PopTransform();
    }

    /// <summary>The largest scale, in steps from 1, at which the child fits entirely.</summary>
    public float FindScale(Space space)
    {
        for (var scale = 1f; ; scale *= Step)
        {
            var plan = child.Measure(Scaled(space, scale));
            if (plan.Type is SpacePlanType.Full or SpacePlanType.Empty || scale * Step < minScale)
            {
                return scale;
            }
        }
    }

    private static Space Scaled(Space space, float scale) => new(space.Width / scale, space.Height / scale, true);
}
