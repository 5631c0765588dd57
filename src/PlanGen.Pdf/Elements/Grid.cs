using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>
/// Equal cells, row by row (the card's blocks); a short last row spreads its cells over the full
/// width. Never splits. A grid of four or more blocks fills the page, like the printed card; one
/// row of one to three blocks gets the height its content needs (at least half the page), not
/// giant empty blocks. Card cells share a band height per row and one text scale for the grid.
/// </summary>
internal sealed class Grid(IReadOnlyList<Element> cells, int columns, float gap) : Element
{
    private bool done;

    private int Rows => (cells.Count + columns - 1) / columns;

    public override SpacePlan Measure(Space space) =>
        done ? SpacePlan.Empty : SpacePlan.Full(space.Width, (RowHeight(space) * Rows) + (gap * (Rows - 1)));

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var boxes = Layout(x, y, space);
        Align(boxes);
        foreach (var (cell, box) in boxes)
        {
            cell.Draw(context, box.X, box.Y, new Space(box.Width, box.Height, true));
        }

        done = true;
    }

    private List<(Element Cell, Rect Box)> Layout(float x, float y, Space space)
    {
        var rowHeight = RowHeight(space);
        var boxes = new List<(Element, Rect)>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var row = i / columns;
            var inRow = Math.Min(columns, cells.Count - (row * columns));
            var width = (space.Width - (gap * (inRow - 1))) / inRow;
            boxes.Add((cells[i], new Rect(x + ((i % columns) * (width + gap)), y + (row * (rowHeight + gap)), width, rowHeight)));
        }

        return boxes;
    }

    private float RowHeight(Space space)
    {
        var full = (space.Height - (gap * (Rows - 1))) / Rows;
        var natural = 0f;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is ICardCell card)
            {
                var inRow = Math.Min(columns, cells.Count - (i / columns * columns));
                natural = Math.Max(natural, card.NaturalHeight((space.Width - (gap * (inRow - 1))) / inRow));
            }
        }

        return cells.Count >= 4 ? full : Math.Min(full, Math.Max(natural, full / 2));
    }

    private static void Align(List<(Element Cell, Rect Box)> boxes)
    {
        var card = boxes.Where(b => b.Cell is ICardCell).Select(b => ((ICardCell)b.Cell, b.Box)).ToList();
        var bands = card.GroupBy(c => c.Box.Y).ToDictionary(g => g.Key, g => g.Max(c => c.Item1.BandHeight(c.Box.Width)));
        var scale = card.Count == 0 ? 1 : card.Min(c => c.Item1.FitScale(c.Box.Width, c.Box.Height, bands[c.Box.Y]));
        card.ForEach(c => c.Item1.Align(bands[c.Box.Y], scale));
    }
}
