using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>Forces what follows onto a new page, unless it already is at the top of one.</summary>
internal sealed class PageBreak : Element
{
    private bool done;

    public override SpacePlan Measure(Space space) => done || space.TopOfPage ? SpacePlan.Empty : SpacePlan.Wrap;

    public override void Draw(DrawContext context, float x, float y, Space space) => done = true;
}
