using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// Children stacked vertically. Each child has a space before it, which is dropped at the top of a
/// page fragment so continued content starts flush with the margin.
/// </summary>
internal sealed class Column : Element
{
    private readonly List<(Element Child, float SpaceBefore)> items = [];
    private int current;

    public int Count => items.Count;

    /// <summary>The structure element the children belong to (a list, a table of contents), or none.</summary>
    public StructureTag? Tag { get; init; }

    public Column Add(Element child, float spaceBefore = 0)
    {
        items.Add((child, spaceBefore));
        return this;
    }

    public override SpacePlan Measure(Space space)
    {
        var (plan, _) = Plan(space, null, 0, 0);
        return plan;
    }

    /// <summary>The children get the column's width, so its height holds where every remaining child's does.</summary>
    public override WidthSpan SameHeight(float width)
    {
        var span = WidthSpan.All;
        for (var i = current; i < items.Count && span.IsRange; i++)
        {
            span = span.Intersect(items[i].Child.SameHeight(width));
        }

        return span;
    }

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        if (Tag is null)
        {
            Plan(space, context, x, y);
            return;
        }

        context.Canvas.BeginTag(this, Tag);
        Plan(space, context, x, y);
        context.Canvas.EndTag();
    }

    // One loop serves both phases so measuring and drawing can never disagree.
    private (SpacePlan Plan, int Next) Plan(Space space, DrawContext? context, float x, float y)
    {
        float used = 0, width = 0;
        var drewAny = false;
        for (var i = current; i < items.Count; i++)
        {
            var (child, before) = items[i];
            var gap = drewAny ? before : 0;
            var childSpace = new Space(space.Width, Math.Max(0, space.Height - used - gap), space.TopOfPage && !drewAny);
            var plan = child.Measure(childSpace);
            switch (plan.Type)
            {
                case SpacePlanType.Empty:
                    Advance(context, i + 1, child, x, y + used, childSpace);
                    continue;
                case SpacePlanType.Wrap:
                    return (drewAny ? SpacePlan.Partial(width, used) : SpacePlan.Wrap, i);
            }

            used += gap;
            child.DrawIf(context, x, y + used, childSpace);
            used += plan.Height;
            width = Math.Max(width, plan.Width);
            drewAny = true;
            if (plan.Type == SpacePlanType.Partial)
            {
                return (SpacePlan.Partial(width, used), i);
            }

            Advance(context, i + 1, null, 0, 0, childSpace);
        }

        return (drewAny ? SpacePlan.Full(width, used) : SpacePlan.Empty, items.Count);
    }

    private void Advance(DrawContext? context, int next, Element? emptyChild, float x, float y, Space space)
    {
        if (context is null)
        {
            return;
        }

        // Empty children are still "drawn" so one-shot elements (page breaks, anchors) settle.
        emptyChild?.Draw(context, x, y, space);
        current = next;
    }
}
