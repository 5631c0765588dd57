using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// A coloured PDCA block of the card: a band with the white heading over a tinted body whose
/// content shrinks to fit the block. Always fills the cell it is given. A Sect with its heading
/// (level 3, under the card page's heading).
/// </summary>
internal sealed class PhaseBlock(Element heading, Element body, Color colour, float padding = 7) : Element, ICardCell
{
    private readonly ScaleToFit fit = new(body);
    private float rowBand;
    private bool done;

    public float BandHeight(float width) => heading.Measure(new Space(width - (2 * padding), float.MaxValue / 4, true)).Height + (2 * padding);

    public float NaturalHeight(float width)
    {
        var plan = body.Measure(new Space(width - (2 * padding), float.MaxValue / 4, true));
        return BandHeight(width) + plan.Height + (2 * padding);
    }

    public float FitScale(float width, float height, float band) => fit.FindScale(Body(width, height, band));

    public void Align(float band, float scale)
    {
        rowBand = band;
        fit.FixedScale = scale;
    }

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(space.Width, space.Height);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var band = Math.Max(rowBand, BandHeight(space.Width));
        context.Canvas.FillRect(new Rect(x, y, space.Width, band), colour);
        context.Canvas.FillRect(new Rect(x, y + band, space.Width, space.Height - band), colour.Tint(0.88f));
        context.Canvas.BeginTag(this, new StructureTag(StructureRole.Sect));
        if (heading is TextBlock title)
        {
            title.Tag = StructureTag.Heading(3);
        }

        heading.Draw(context, x + padding, y + padding, new Space(space.Width - (2 * padding), space.Height, true));

        var bodySpace = Body(space.Width, space.Height, band);
        if (fit.Measure(bodySpace).Draws)
        {
            fit.Draw(context, x + padding, y + band + padding, bodySpace);
        }

        context.Canvas.EndTag();
        done = true;
    }

    private Space Body(float width, float height, float band) => new(width - (2 * padding), height - band - (2 * padding), true);
}
