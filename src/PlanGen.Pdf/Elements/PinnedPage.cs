using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>Fills a page: one part at the top, one pinned to the foot (the title page).</summary>
internal sealed class PinnedPage(Element top, Element bottom) : Element
{
    private bool done;

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(space.Width, space.Height);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var foot = bottom.Measure(space with { TopOfPage = true });
        var footHeight = foot.Draws ? foot.Height : 0;
        var head = new Space(space.Width, space.Height - footHeight, true);
        if (top.Measure(head).Draws)
        {
            top.Draw(context, x, y, head);
        }

        if (foot.Draws)
        {
            bottom.Draw(context, x, y + space.Height - footHeight, space with { TopOfPage = true });
        }

        done = true;
    }
}
