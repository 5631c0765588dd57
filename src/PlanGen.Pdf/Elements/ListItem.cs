using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements;

/// <summary>A bullet or number hanging in the indent, beside the item's content: LI with Lbl and LBody.</summary>
internal sealed class ListItem : Element
{
    private readonly Element marker;
    private readonly Element content;
    private readonly float indent;
    private bool markerDrawn;

    public ListItem(Element marker, Element content, float indent)
    {
        this.marker = marker;
        this.content = content;
        this.indent = indent;
        if (marker is TextBlock text)
        {
            text.Tag = null;
        }
    }

    public override SpacePlan Measure(Space space)
    {
        var plan = content.Measure(space.Shrink(indent, 0));
        return plan.Draws ? plan with { Width = plan.Width + indent } : plan;
    }

    public override WidthSpan SameHeight(float width) => content.SameHeight(Math.Max(0, width - indent)).Widen(indent);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var canvas = context.Canvas;
        canvas.BeginTag(this, new StructureTag(StructureRole.LI));
        if (!markerDrawn)
        {
            canvas.BeginTag(marker, new StructureTag(StructureRole.Lbl));
            marker.Draw(context, x, y, new Space(indent, space.Height, true));
            canvas.EndTag();
            markerDrawn = true;
        }

        canvas.BeginTag(content, new StructureTag(StructureRole.LBody));
        content.Draw(context, x + indent, y, space.Shrink(indent, 0));
        canvas.EndTag();
        canvas.EndTag();
    }
}
