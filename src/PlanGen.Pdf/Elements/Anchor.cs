using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>Marks a named destination where its child starts and records that page for the TOC.</summary>
internal sealed class Anchor(string name, Element child) : Element
{
    private bool placed;

    public override SpacePlan Measure(Space space) => child.Measure(space);

    public override WidthSpan SameHeight(float width) => child.SameHeight(width);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        if (!placed)
        {
            context.Canvas.Anchor(x, y, name);
            context.AnchorPages[name] = context.PageNumber;
            placed = true;
        }

        child.Draw(context, x, y, space);
    }
}
