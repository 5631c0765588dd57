using PlanGen.Document.Style;
using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Card;

/// <summary>
/// The plan &amp; dialoog side as a cycle: waarnemen &amp; begrijpen (top left) → plannen (top right)
/// → realiseren (bottom right) → evalueren (bottom left) → back, with arrows in the gaps; monitoren,
/// co-reflectie and dialoog in a column beside it; planning komend schooljaar below as its outcome.
/// A phase the card does not have is left out and its row neighbour takes the row. Each row's two
/// boxes share the width so that their heights match (text fills both).
/// </summary>
internal sealed class CycleLayout
{
    private const float ArrowGap = 18;

    /// <summary>Narrower boxes break their words apart.</summary>
    private const float MinWidth = 105;
    private readonly float gap;
    private readonly List<CardBox?[]> rows;
    private readonly CardBox? planning;
    private readonly List<CardBox> beside;
    private readonly List<CardBox> cycle;
    private readonly IReadOnlyList<CardBox> order;

    public CycleLayout(IReadOnlyList<CardBox> boxes, float gap)
    {
        this.gap = gap;
        order = boxes;
        CardBox? Get(CardSlot slot) => boxes.FirstOrDefault(b => b.Slot == slot);
        rows = new List<CardBox?[]> { new[] { Get(CardSlot.Waarnemen), Get(CardSlot.Plannen) }, new[] { Get(CardSlot.Evalueren), Get(CardSlot.Realiseren) } }
            .Where(r => r.Any(b => b is not null)).ToList();
        cycle = CardSlots.Cycle.Select(Get).OfType<CardBox>().ToList();
        planning = Get(CardSlot.Planning);
        beside = boxes.Where(b => !cycle.Contains(b) && b != planning).ToList();
    }

    /// <summary>Boxes in reading order (the cycle, the outcome, the column beside).</summary>
    public IEnumerable<CardBox> Boxes => cycle.Concat(planning is null ? [] : [planning]).Concat(beside);

    public bool IsEmpty => !Boxes.Any();

    /// <summary>The placement at <paramref name="scale"/>, or null when it does not fit; the width of the column beside is chosen so both halves are about as full.</summary>
    public CyclePlacement? Place(Rect area, float scale)
    {
        CyclePlacement? best = null;
        foreach (var share in beside.Count == 0 ? [0f] : new[] { 0.24f, 0.28f, 0.32f, 0.36f, 0.40f })
        {
            if (Place(area, scale, share) is { } placement && (best is null || placement.Balance > best.Balance))
            {
                best = placement;
            }
        }

        return best;
    }

    private CyclePlacement? Place(Rect area, float scale, float share)
    {
        if (cycle.Count < 2)
        {
            // No cycle to draw: the blocks stand as a wall.
            return new Masonry(Boxes.ToList(), gap).Pack(area, scale) is { } wall ? new CyclePlacement(wall.Boxes, [], null, scale, wall.Evenness) : null;
        }

        var besideWidth = area.Width * share;
        if ((beside.Count > 0 && besideWidth < MinWidth) || (area.Width - besideWidth - ArrowGap) * 0.38f < MinWidth)
        {
            return null;
        }

        var besideUsed = 1f;
        var cycleWidth = area.Width - besideWidth - (beside.Count > 0 ? gap : 0);
        var placed = new List<(CardBox Box, Rect Rect)>();

        // Beside: one column.
        if (beside.Count > 0)
        {
            var column = new Masonry(beside, gap).Pack(new Rect(area.X + cycleWidth + gap, area.Y, besideWidth, area.Height), scale);
            if (column is null || column.Boxes.Select(b => b.Rect.X).Distinct().Count() > 1)
            {
                return null;
            }

            placed.AddRange(column.Boxes);
            besideUsed = column.Evenness;
        }

        // The rows: split each row's width so both boxes need the same height.
        var rowPlans = rows.Select(r => Split(r, cycleWidth, scale)).ToList();
        var planningHeight = planning?.Height(cycleWidth, scale) ?? 0;
        var natural = rowPlans.Sum(r => r.Height) + planningHeight;
        var gaps = (ArrowGap * (rows.Count - 1)) + (planning is null ? 0 : ArrowGap);
        if (natural + gaps > area.Height)
        {
            return null;
        }

        // Stretched to the foot, but never so far that the shorter box of a row is filled less than MaxStretch allows.
        var evenness = rowPlans.Min(r => r.Fill);
        var stretch = Math.Min(CardScale.MaxStretch * evenness, (area.Height - gaps) / natural);
        stretch = Math.Max(1, stretch);
        var y = area.Y;
        foreach (var (row, plan) in rows.Zip(rowPlans))
        {
            var height = Math.Max(plan.Height, Math.Min(plan.Height * stretch, row.Select((b, i) => b?.MaxHeight(plan.Widths[i], scale) ?? float.MaxValue).Min()));
            var x = area.X;
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } box)
                {
                    // The shorter box of a row keeps to what its text fills (at most the row's height).
                    var own = Math.Min(height, Math.Max(box.Height(plan.Widths[i], scale), box.MaxHeight(plan.Widths[i], scale)));
                    placed.Add((box, new Rect(x, y, plan.Widths[i], own)));
                    x += plan.Widths[i] + ArrowGap;
                }
            }

            y += height + ArrowGap;
        }

        Rect? outcome = null;
        if (planning is not null)
        {
            outcome = new Rect(area.X, y, cycleWidth, Math.Max(planningHeight, Math.Min(planningHeight * stretch, planning.MaxHeight(cycleWidth, scale))));
            placed.Add((planning, outcome.Value));
        }

        var ring = cycle.Select(b => placed.First(p => p.Box == b).Rect).ToList();
        var arrows = ring.Select((r, i) => (r, ring[(i + 1) % ring.Count])).ToList();
        if (ring.Count == 2)
        {
            arrows.RemoveAt(1);
        }

        var cycleUsed = (natural + gaps) / area.Height;
        // Drawn (and so read, and tagged) in the document's order, whatever the geometry.
        placed = placed.OrderBy(p => IndexOf(p.Box)).ToList();
        return new CyclePlacement(placed, arrows, outcome is { } o ? (ring, o) : null, scale, Math.Min(cycleUsed, besideUsed) * evenness);
    }

    private int IndexOf(CardBox box)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == box)
            {
                return i;
            }
        }

        return order.Count;
    }

    /// <summary>The row's height, its boxes' widths, and how full the shorter box is (its height over the row's).</summary>
    private static (float Height, float[] Widths, float Fill) Split(CardBox?[] row, float width, float scale)
    {
        var present = row.Where(b => b is not null).ToList();
        if (present.Count == 1)
        {
            return (present[0]!.Height(width, scale), row.Select(b => b is null ? 0 : width).ToArray(), 1);
        }

        var room = width - ArrowGap;
        var best = (Height: float.MaxValue, Widths: new[] { room / 2, room / 2 }, Fill: 1f);
        for (var r = 0.38f; r <= 0.621f; r += 0.04f)
        {
            var (a, b) = (row[0]!.Height(room * r, scale), row[1]!.Height(room * (1 - r), scale));
            var score = Math.Max(a, b) * (2 - (Math.Min(a, b) / Math.Max(a, b)));
            if (score < best.Height * (2 - best.Fill) - 0.5f)
            {
                best = (Math.Max(a, b), [room * r, room * (1 - r)], Math.Min(a, b) / Math.Max(a, b));
            }
        }

        return best;
    }
}

/// <summary>Where each box goes, the arrows of the cycle (from box, to box) and the outcome below the cycle.</summary>
internal sealed record CyclePlacement(List<(CardBox Box, Rect Rect)> Boxes, List<(Rect From, Rect To)> Arrows, (List<Rect> Ring, Rect Outcome)? Outcome, float Scale, float Balance);
