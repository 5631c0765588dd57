using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>A bullet or number hanging in the indent, beside the item's content.</summary>
internal sealed class ListItem(Element marker, Element content, float indent) : Element
{
    private bool markerDrawn;

    public override SpacePlan Measure(Space space)
    {
        var plan = content.Measure(space.Shrink(indent, 0));
        return plan.Draws ? plan with { Width = plan.Width + indent } : plan;
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        if (!markerDrawn)
        {
            marker.Draw(context, x, y, new Space(indent, space.Height, true));
            markerDrawn = true;
        }

        content.Draw(context, x + indent, y, space.Shrink(indent, 0));
    }
}
