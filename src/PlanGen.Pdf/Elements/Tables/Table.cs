using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements.Tables;

/// <summary>
/// A table whose header row repeats on every page. Whole rows move to the next page when they do
/// not fit; only a row taller than a page is split, its cells continuing line by line. Tagged as
/// Table with THead (TH cells, column scope) and TBody; the header repeated on later pages is an Artifact.
/// </summary>
internal sealed class Table(Func<Element[]> header, IReadOnlyList<Element[]> rows, float[] minWidths, float[] maxWidths, TableStyle style) : Element
{
    private readonly object head = new();
    private readonly object body = new();
    private int nextRow;
    private bool finished;
    private bool headTagged;

    // Measured often, drawn once a page: measure with one copy, draw fresh ones (elements keep state).
    private Element[]? measureHeader;

    public override SpacePlan Measure(Space space) => Plan(space, null, 0, 0);

    public override void Draw(DrawContext context, float x, float y, Space space)
    {
        context.Canvas.BeginTag(this, new StructureTag(StructureRole.Table));
        Plan(space, context, x, y);
        context.Canvas.EndTag();
    }

    // Shared by both phases, like Column, so the drawn rows are exactly the measured ones.
    private SpacePlan Plan(Space space, DrawContext? context, float x, float y)
    {
        if (finished)
        {
            return SpacePlan.Empty;
        }

        var widths = ColumnWidths.Compute(minWidths, maxWidths, space.Width);
        var pad = style.Padding;
        var headCells = context is null ? measureHeader ??= header() : header();
        var headPlan = Row(headCells, widths, float.MaxValue / 4, true);
        if (headPlan.Height > space.Height && !space.TopOfPage)
        {
            return SpacePlan.Wrap;
        }

        var drawer = context is null ? null : new RowPainter(context, x, widths, style);
        if (drawer is not null && headCells.Length > 0)
        {
            PaintHeader(context!.Canvas, drawer, headCells, y, headPlan.Height);
        }

        var used = headPlan.Height;
        var rowsOnPage = 0;
        for (var r = nextRow; r < rows.Count; r++)
        {
            var cellHeight = space.Height - used - (2 * pad);
            var plan = Row(rows[r], widths, cellHeight, space.TopOfPage && rowsOnPage == 0);
            if (plan.Type != SpacePlanType.Full && (rowsOnPage > 0 || !space.TopOfPage))
            {
                drawer?.Frame(y, used);
                return rowsOnPage > 0 ? SpacePlan.Partial(space.Width, used) : SpacePlan.Wrap;
            }

            if (drawer is not null)
            {
                var canvas = context!.Canvas;
                canvas.BeginTag(body, new StructureTag(StructureRole.TBody));
                canvas.BeginTag(rows[r], new StructureTag(StructureRole.TR));
                drawer.Paint(rows[r], y + used, plan.Height, r % 2 == 1 ? style.StripeBackground : null, new Space(0, cellHeight, space.TopOfPage && rowsOnPage == 0), StructureRole.TD);
                canvas.EndTag();
                canvas.EndTag();
            }

            used += plan.Height;
            rowsOnPage++;
            if (plan.Type != SpacePlanType.Full)
            {
                drawer?.Frame(y, used);
                return SpacePlan.Partial(space.Width, used);
            }

            if (context is not null)
            {
                nextRow = r + 1;
            }
        }

        drawer?.Frame(y, used);
        if (context is not null)
        {
            finished = true;
        }

        return SpacePlan.Full(space.Width, used);
    }

    /// <summary>The header row: tagged on the table's first page, an Artifact where it repeats.</summary>
    private void PaintHeader(IPageCanvas canvas, RowPainter drawer, Element[] cells, float y, float height)
    {
        var space = new Space(0, float.MaxValue / 4, true);
        if (headTagged)
        {
            canvas.BeginArtifact();
            drawer.Paint(cells, y, height, style.HeaderBackground, space, null);
            canvas.EndArtifact();
            return;
        }

        canvas.BeginTag(head, new StructureTag(StructureRole.THead));
        canvas.BeginTag(cells, new StructureTag(StructureRole.TR));
        drawer.Paint(cells, y, height, style.HeaderBackground, space, StructureRole.TH);
        canvas.EndTag();
        canvas.EndTag();
        headTagged = true;
    }

    /// <summary>Measures one row: Full when every cell fits, Partial when some continue.</summary>
    private SpacePlan Row(Element[] cells, float[] widths, float cellHeight, bool top)
    {
        var pad = style.Padding;
        float height = 0;
        var full = true;
        for (var c = 0; c < cells.Length; c++)
        {
            var plan = cells[c].Measure(new Space(widths[c] - (2 * pad), Math.Max(0, cellHeight), top));
            full &= plan.Type is SpacePlanType.Full or SpacePlanType.Empty;
            height = Math.Max(height, plan.Height);
        }

        return full ? SpacePlan.Full(0, height + (2 * pad)) : SpacePlan.Partial(0, height + (2 * pad));
    }
}
