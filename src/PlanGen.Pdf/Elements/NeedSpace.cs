using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// A conditional page break: what follows starts a new page only when less than
/// <paramref name="height"/> is left on this one (a chapter needs room for its heading and a few lines).
/// </summary>
internal sealed class NeedSpace(float height) : Element
{
    private bool done;

    public override SpacePlan Measure(Space space) =>
        done || space.TopOfPage || space.Height >= height ? SpacePlan.Empty : SpacePlan.Wrap;

    public override void Draw(DrawContext context, float x, float y, Space space) => done = true;
}
