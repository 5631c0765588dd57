using PlanGen.Document.Style;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Card;

/// <summary>
/// One coloured block of the card, composed at 10 pt and drawn at a scale the sheet chooses (0.8 is
/// the 8 pt minimum): a band with the white heading over a tinted body. Its height follows its text;
/// a box may be given more height than it needs (the packing keeps that under 2.5 times, so text
/// fills at least 40% of it). A Sect with an H3, as before.
/// </summary>
internal sealed class CardBox(Element heading, Element body, Color colour, CardSlot? slot, float padding = 6) : Element
{
    // Keyed by the exact width; spans hold the widths at which every line breaks as at a measured one
    // (Element.SameHeight), so a height never depends on which widths were measured before.
    private readonly Dictionary<float, (float Band, float Body)> heights = [];
    private readonly List<(WidthSpan Span, (float Band, float Body) Heights)> spans = [];
    private bool done;

    public CardSlot? Slot => slot;

    /// <summary>The block this box draws, so the layout can be told to the other writers (<see cref="PlanGen.Document.Card.CardPlan"/>).</summary>
    public PlanGen.Document.Nodes.PhaseBlock? Block { get; init; }

    public Color Colour => colour;

    /// <summary>Height at <paramref name="width"/> (page units) and <paramref name="scale"/>.</summary>
    public float Height(float width, float scale)
    {
        var (band, bodyHeight) = Natural(width / scale);
        return (band + bodyHeight + (2 * padding)) * scale;
    }

    /// <summary>
    /// The tallest this box may be drawn: its body text still fills <see cref="CardScale.MinFill"/>
    /// of the tinted body's height, so no box is a line of text in a large empty field.
    /// </summary>
    public float MaxHeight(float width, float scale)
    {
        var (band, bodyHeight) = Natural(width / scale);
        return (band + (bodyHeight / CardScale.MinFill)) * scale;
    }

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(space.Width, space.Height);

    public override void Draw(DrawContext context, float x, float y, Space space) => Draw(context, new Rect(x, y, space.Width, space.Height), 1);

    /// <summary>Fills <paramref name="box"/> (page units) and draws the text at <paramref name="scale"/>.</summary>
    public void Draw(DrawContext context, Rect box, float scale)
    {
        var canvas = context.Canvas;
        var width = box.Width / scale;
        var (band, _) = Natural(width);
        canvas.FillRect(new Rect(box.X, box.Y, box.Width, band * scale), colour);
        canvas.FillRect(new Rect(box.X, box.Y + (band * scale), box.Width, box.Height - (band * scale)), colour.Tint(0.88f));
        canvas.BeginTag(this, new StructureTag(StructureRole.Sect));
        canvas.PushTransform(box.X, box.Y, scale);
        var inner = new Space(width - (2 * padding), float.MaxValue / 4, true);
        heading.Draw(context, padding, padding, inner);
        if (body.Measure(inner).Draws)
        {
            body.Draw(context, padding, band + padding, inner);
        }

        canvas.PopTransform();
        canvas.EndTag();
        done = true;
    }

    private (float Band, float Body) Natural(float width)
    {
        if (heights.TryGetValue(width, out var h))
        {
            return h;
        }

        foreach (var (span, known) in spans)
        {
            if (span.Contains(width))
            {
                return known;
            }
        }

        var inner = new Space(width - (2 * padding), float.MaxValue / 4, true);
        var band = heading.Measure(inner).Height + (2 * padding) - 2;
        var plan = body.Measure(inner);
        h = heights[width] = (band, plan.Draws ? plan.Height : 0);
        var same = heading.SameHeight(inner.Width).Intersect(body.SameHeight(inner.Width)).Widen(2 * padding);
        if (same.IsRange)
        {
            spans.Add((same, h));
        }

        return h;
    }
}
