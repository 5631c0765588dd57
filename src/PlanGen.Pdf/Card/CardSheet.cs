using PlanGen.Document;
using PlanGen.Document.Style;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Card;

/// <summary>
/// One side of the card, drawn on the page's content area: the banner (logo, title, school, board,
/// school year, status and adoption), a heading over each part, the parts' boxes (and the cycle's
/// arrows), and a strip with the colour legend and, on the last side, "In samenwerking met".
/// </summary>
internal sealed class CardSheet(CardBanner banner, IReadOnlyList<CardPart> parts, IReadOnlyList<string>? partners, Theme theme) : Element
{
    public const float BannerHeight = 46;
    public const float HeadingHeight = 17;
    public const float StripHeight = 22;
    public const float BodyTop = BannerHeight + 6 + HeadingHeight;

    private bool done;

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(space.Width, space.Height);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        banner.Draw(context, x, y, space.Width);
        foreach (var part in parts)
        {
            var heading = new TextBlock([new TextSpan(part.Heading, new TextStyle(11.5f, true, false, theme.Accent))], Alignment.Left, 1.2f) { Tag = StructureTag.Heading(2) };
            heading.Draw(context, x + part.Area.X, y + BannerHeight + 6, new Space(part.Area.Width, HeadingHeight, true));
            foreach (var (box, rect) in part.Boxes)
            {
                box.Draw(context, rect with { X = rect.X + x, Y = rect.Y + y }, part.Scale);
            }

            if (part.Arrows.Count > 0)
            {
                DrawCycle(context, part, x, y);
            }
        }

        Strip(context, x, y + space.Height - StripHeight + 2, space.Width);
        done = true;
    }

    private void DrawCycle(DrawContext context, CardPart part, float x, float y)
    {
        var canvas = context.Canvas;
        static Rect Move(Rect r, float dx, float dy) => r with { X = r.X + dx, Y = r.Y + dy };
        var colour = Color.Grey;
        canvas.BeginTag(part, new StructureTag(StructureRole.Figure, "Cyclus van plan en dialoog: " + string.Join(", dan ", part.CycleNames) + ", en weer terug naar het begin" + (part.Outcome is null ? "." : "; de cyclus leidt tot de planning voor het komende schooljaar.")));
        foreach (var (from, to) in part.Arrows)
        {
            Arrow.Between(canvas, Move(from, x, y), Move(to, x, y), colour);
        }

        // A small label in the middle of the gap between the cycle's rows names what the arrows are.
        var ringRects = part.Arrows.Select(a => Move(a.From, x, y)).ToList();
        var top = ringRects.Min(r => r.Y);
        var firstRowBottom = ringRects.Where(r => Math.Abs(r.Y - top) < 1).Max(r => r.Y + r.Height);
        var secondRowTop = ringRects.Where(r => r.Y > firstRowBottom - 1).Select(r => r.Y).DefaultIfEmpty(firstRowBottom + 18).Min();
        var left = ringRects.Min(r => r.X);
        var right = ringRects.Max(r => r.Right);
        var label = new TextBlock([new TextSpan("PDCA-cyclus", new TextStyle(7, true, false, Color.Grey))], Alignment.Center, 1.1f) { Tag = null };
        label.Draw(context, left, ((firstRowBottom + secondRowTop) / 2) - 4.5f, new Space(right - left, 10, true));

        if (part.Outcome is { } outcome)
        {
            // From the middle of the cycle's lower row down into the outcome.
            var ring = outcome.Ring.Select(r => Move(r, x, y)).ToList();
            var bottom = ring.Max(r => r.Y + r.Height);
            var o = Move(outcome.Outcome, x, y);
            var mid = (ring.Min(r => r.X) + ring.Max(r => r.Right)) / 2;
            var lowest = ring.Where(r => Math.Abs(r.Y + r.Height - bottom) < 1).ToList();
            var gapX = lowest.Count == 2 ? (Math.Min(lowest[0].Right, lowest[1].Right) + Math.Max(lowest[0].X, lowest[1].X)) / 2 : mid;
            Arrow.Draw(canvas, gapX, bottom - 10, gapX, o.Y - 1.5f, theme.Style.Phase(Phase.Plan) is { } p ? Color.From(p.Strong) : colour, 2.2f, 6);
        }

        canvas.EndTag();
    }

    private void Strip(DrawContext context, float x, float y, float width)
    {
        var small = new TextStyle(7.5f, false, false, Color.Grey);
        var cursor = x;
        var legend = new List<TextSpan> { new("Kleuren: ", small.With(bold: true)) };
        foreach (var (phase, label) in CardSlots.Legend)
        {
            var colour = Color.From(theme.Style.Phase(phase).Strong);
            context.Canvas.BeginArtifact();
            context.Canvas.FillRect(new Rect(cursor, y + 1.5f, 8, 8), colour);
            context.Canvas.EndArtifact();
            var text = new TextBlock([new TextSpan(label, small)], Alignment.Left, 1.2f);
            var w = text.MaxContentWidth();
            text.Draw(context, cursor + 11, y, new Space(w + 2, StripHeight, true));
            cursor += 11 + w + 12;
        }

        if (partners is { Count: > 0 })
        {
            var spans = new List<TextSpan> { new("In samenwerking met: ", small.With(bold: true, color: theme.Accent)), new(string.Join(" \u00B7 ", partners), small) };
            var room = x + width - cursor - 8;
            var strip = new TextBlock(spans, Alignment.Right, 1.2f);
            strip.Draw(context, cursor + 8, y, new Space(room, StripHeight, true));
        }
    }
}

/// <summary>One part of a side: its heading, where (relative to the content area) its boxes go, at which scale, and the cycle's arrows.</summary>
internal sealed record CardPart(string Heading, Rect Area, List<(CardBox Box, Rect Rect)> Boxes, float Scale)
{
    public List<(Rect From, Rect To)> Arrows { get; init; } = [];

    public (List<Rect> Ring, Rect Outcome)? Outcome { get; init; }

    public IReadOnlyList<string> CycleNames { get; init; } = [];

    /// <summary>The card page this part shows.</summary>
    public PlanGen.Document.Nodes.CardPageBlock? Page { get; init; }
}
