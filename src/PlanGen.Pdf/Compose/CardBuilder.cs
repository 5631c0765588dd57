using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;
using PlanGen.Pdf.Card;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;
using TypedPhaseBlock = PlanGen.Document.Nodes.PhaseBlock;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// The kwaliteitskaart on landscape A4: one side with both parts (ambitie en aanbod beside the plan
/// &amp; dialoog cycle) when everything fits at the 8 pt minimum (<see cref="CardScale"/>), otherwise
/// two sides, each at the largest size that fits. Blocks are packed by their content
/// (<see cref="Masonry"/>, <see cref="CycleLayout"/>); every side has the banner and the legend.
/// </summary>
internal static class CardBuilder
{
    private const float Gap = 7;

    public static Element Build(RenderedDocument document, Theme theme, RasterImage? logo)
    {
        var layout = Lay(document, theme);
        var banner = new CardBanner(document.Info, document.Title, logo, theme);
        var root = new Column();
        for (var i = 0; i < layout.Sides.Count; i++)
        {
            if (i > 0)
            {
                root.Add(new PageBreak());
            }

            root.Add(new CardSheet(banner, layout.Sides[i], i == layout.Sides.Count - 1 ? layout.Partners : null, theme));
        }

        return layout.Sides.Count == 0 ? root.Add(new CardSheet(banner, [], layout.Partners, theme)) : root;
    }

    /// <summary>The card's sides as this engine lays them out, told as a <see cref="CardPlan"/> for the writers that cannot measure text.</summary>
    public static CardPlan Plan(RenderedDocument document, Theme theme)
    {
        var layout = Lay(document, theme);
        var pages = document.Syntax.OfType<CardPageBlock>().ToList();
        var width = PageGeometry.Card.ContentWidth;
        var sides = layout.Sides.Select(side => new CardSidePlan(side.Select(part =>
        {
            var page = pages.IndexOf(part.Page!);
            var blocks = part.Page!.Blocks.ToList();
            IReadOnlyList<IReadOnlyList<int>> columns = part.Arrows.Count > 0 ? [] : part.Boxes
                .GroupBy(b => MathF.Round(b.Rect.X))
                .OrderBy(g => g.Key)
                .Select(g => (IReadOnlyList<int>)g.Select(b => blocks.IndexOf(b.Box.Block!)).ToList())
                .ToList();
            var beside = part.Boxes.Where(b => b.Box.Slot is { } slot && CardSlots.Beside.Contains(slot)).Select(b => b.Rect.X).DefaultIfEmpty(part.Area.Right).Min();
            return new CardPartPlan(page, part.Area.Width / width, part.Scale, columns, (part.Area.Right - beside) / part.Area.Width);
        }).ToList())).ToList();
        return new CardPlan(sides);
    }

    private sealed record Layout(List<List<CardPart>> Sides, List<string> Partners);

    private static Layout Lay(RenderedDocument document, Theme theme)
    {
        var composer = new BlockComposer(theme, document.Outline, chapterPerPage: false, Alignment.Left);
        var pages = document.Syntax.OfType<CardPageBlock>().ToList();
        // Markdown without "cyclus" (older templates): the last of two or more pages is the plan & dialoog side.
        var cyclePage = pages.FirstOrDefault(p => p.IsCycle) ?? (pages.Count >= 2 ? pages[^1] : null);
        var quality = pages.Where(p => p != cyclePage).ToList();
        var partners = document.Syntax.OfType<PartnersBlock>().SelectMany(p => p.Names).ToList();

        string Heading(CardPageBlock? page, string fallback) => page?.Heading is { } h ? PlainText.Of(h.Inline) : fallback;
        var wall = quality.SelectMany(p => p.Blocks).Select(b => Box(b, composer)).ToList();
        var cycleBoxes = cyclePage?.Blocks.Select(b => Box(b, composer)).ToList() ?? [];
        var cycle = new CycleLayout(cycleBoxes, Gap);
        var names = cyclePage?.Blocks.Where(b => b.Slot is { } s && CardSlots.Cycle.Contains(s)).OrderBy(b => b.Slot).Select(b => PlainText.Of(b.Heading?.Inline)).ToList() ?? [];

        var geometry = PageGeometry.Card;
        var body = new Rect(0, CardSheet.BodyTop, geometry.ContentWidth, geometry.ContentHeight - CardSheet.BodyTop - CardSheet.StripHeight - 3);
        var firstHeading = Heading(quality.FirstOrDefault(), "Ambitie en aanbod");
        var cycleHeading = Heading(cyclePage, "Plan & dialoog");
        var wallPage = quality.FirstOrDefault();

        if (wall.Count > 0 && !cycle.IsEmpty && OneSide(wall, cycle, body, firstHeading, cycleHeading, names) is { } one)
        {
            one[0] = one[0] with { Page = wallPage };
            one[1] = one[1] with { Page = cyclePage };
            return new Layout([one], partners);
        }

        var sides = new List<List<CardPart>>();
        if (wall.Count > 0)
        {
            sides.Add([WallPart(wall, body, firstHeading, 0.1f)! with { Page = wallPage }]);
        }

        if (!cycle.IsEmpty)
        {
            sides.Add([CyclePart(cycle, body, cycleHeading, names, 0.1f)! with { Page = cyclePage }]);
        }

        return new Layout(sides, partners);
    }

    /// <summary>
    /// Both parts on one side, each at the largest scale that fits its share of the width (both at
    /// least the minimum), or null when they do not fit. The share that gives the larger of the two
    /// smaller scales wins, so neither part is cramped while the other has room. A share whose parts
    /// cannot beat the best score so far, even at the largest scale, is not packed any further.
    /// </summary>
    private static List<CardPart>? OneSide(List<CardBox> wall, CycleLayout cycle, Rect body, string wallHeading, string cycleHeading, List<string> names)
    {
        (List<CardPart> Parts, float Score)? best = null;
        for (var share = 0.30f; share <= 0.66f; share += 0.03f)
        {
            var left = body with { Width = (body.Width * share) - (Gap / 2) };
            var right = body with { X = body.X + left.Width + (Gap * 1.5f), Width = body.Width - left.Width - (Gap * 1.5f) };
            // Scores only fall with either scale, so once one cannot beat the best, no smaller scale can.
            bool Hopeless(float wallScale, float cycleScale) => best is { } b && Score(wallScale, cycleScale) <= b.Score;
            if (WallPart(wall, left, wallHeading, CardScale.Min, stop: s => Hopeless(s, CardScale.Max)) is { } w
                && CyclePart(cycle, right, cycleHeading, names, CardScale.Min, stop: s => Hopeless(w.Scale, s)) is { } c)
            {
                var score = Score(w.Scale, c.Scale);
                if (best is null || score > best.Value.Score)
                {
                    best = ([w, c], score);
                }
            }
        }

        return best?.Parts;
    }

    private static float Score(float wallScale, float cycleScale) => Math.Min(wallScale, cycleScale) + (0.1f * (wallScale + cycleScale));

    /// <summary>The wall at the largest scale from <see cref="CardScale.Max"/> down to <paramref name="lowest"/>; null when none fits or <paramref name="stop"/> gives up at a scale.</summary>
    private static CardPart? WallPart(List<CardBox> wall, Rect area, string heading, float lowest, Func<float, bool>? stop = null)
    {
        var masonry = new Masonry(wall, Gap);
        foreach (var scale in CardScale.Descending(CardScale.Max, lowest))
        {
            if (stop?.Invoke(scale) == true)
            {
                return null;
            }

            if (masonry.Pack(area, scale) is { } packing)
            {
                return new CardPart(heading, area, packing.Boxes, scale);
            }
        }

        return null;
    }

    private static CardPart? CyclePart(CycleLayout cycle, Rect area, string heading, List<string> names, float lowest, Func<float, bool>? stop = null)
    {
        foreach (var scale in CardScale.Descending(CardScale.Max, lowest))
        {
            if (stop?.Invoke(scale) == true)
            {
                return null;
            }

            if (cycle.Place(area, scale) is { } placement)
            {
                return new CardPart(heading, area, placement.Boxes, scale) { Arrows = placement.Arrows, Outcome = placement.Outcome, CycleNames = names };
            }
        }

        return null;
    }

    private static CardBox Box(TypedPhaseBlock blok, BlockComposer card)
    {
        // Bullets and rules inside a block take the block's colour.
        var composer = card.With(card.Theme.ForPhase(blok.Phase));
        var colour = composer.Theme.Accent;
        var headingStyle = new TextStyle(11.5f, true, false, Color.White);
        var title = new TextBlock(InlineCollector.Collect(blok.Heading?.Inline, headingStyle), Alignment.Left, 1.15f) { Tag = StructureTag.Heading(3) };
        var body = composer.Compose(blok.Body, card.Theme.Body);
        return new CardBox(title, body, colour, blok.Slot) { Block = blok };
    }
}
