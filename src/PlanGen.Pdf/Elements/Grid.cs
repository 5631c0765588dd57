using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Elements;

/// <summary>Fills its space with equal cells, row by row (the card's blocks). Never splits.</summary>
internal sealed class Grid(IReadOnlyList<Element> cells, int columns, float gap) : Element
{
    private bool done;

    private int Rows => (cells.Count + columns - 1) / columns;

    public override SpacePlan Measure(Space space) => done ? SpacePlan.Empty : SpacePlan.Full(space.Width, space.Height);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        var rowHeight = (space.Height - (gap * (Rows - 1))) / Rows;
        for (var i = 0; i < cells.Count; i++)
        {
            var row = i / columns;
            // A short last row spreads its cells over the full width.
            var inRow = Math.Min(columns, cells.Count - (row * columns));
            var cellWidth = (space.Width - (gap * (inRow - 1))) / inRow;
            var col = i % columns;
            if (col == 0)
            {
                AlignBands(cells.Skip(i).Take(inRow).OfType<IRowAligned>().ToList(), cellWidth);
            }

            var cellSpace = new Space(cellWidth, rowHeight, true);
            cells[i].Draw(context, x + (col * (cellWidth + gap)), y + (row * (rowHeight + gap)), cellSpace);
        }

        done = true;
    }

    private static void AlignBands(List<IRowAligned> row, float width)
    {
        var band = row.Count == 0 ? 0 : row.Max(c => c.BandHeight(width));
        row.ForEach(c => c.RowBand = band);
    }
}
