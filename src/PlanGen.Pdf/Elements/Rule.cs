using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>A horizontal rule of a given length (0 = full width) and thickness.</summary>
internal sealed class Rule(float thickness, Color color, float length = 0) : Element
{
    private bool done;

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(Length(space), thickness);

    public override WidthSpan SameHeight(float width) => WidthSpan.All;

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        context.Canvas.FillRect(new Rect(x, y, Length(space), thickness), color);
        done = true;
    }

    private float Length(Space space) => length > 0 ? Math.Min(length, space.Width) : space.Width;
}
