using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>Fixed vertical space; shrinks to what is left when the page ends (never wraps).</summary>
internal sealed class Spacer(float height) : Element
{
    private bool done;

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(0, Math.Min(height, space.Height));

    public override WidthSpan SameHeight(float width) => WidthSpan.All;

    public override void Draw(DrawContext context, float x, float y, Space space) => done = true;
}
