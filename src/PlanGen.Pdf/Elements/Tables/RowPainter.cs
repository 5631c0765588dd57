using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Elements.Tables;

/// <summary>Draws a table row (background, cells, rule below) and the frame of a page's part.</summary>
internal sealed class RowPainter(DrawContext context, float x, float[] widths, TableStyle style)
{
    private float Width => widths.Sum();

    /// <summary>Paints a row; each cell is a structure element of <paramref name="cellRole"/> (TH, TD) unless null.</summary>
    public void Paint(Element[] cells, float y, float height, Color? background, Space cellSpace, StructureRole? cellRole)
    {
        var canvas = context.Canvas;
        if (background is { } fill)
        {
            canvas.FillRect(new Rect(x, y, Width, height), fill);
        }

        var cx = x;
        for (var c = 0; c < cells.Length; c++)
        {
            var space = new Space(widths[c] - (2 * style.Padding), cellSpace.Height, cellSpace.TopOfPage);
            if (cellRole is { } role)
            {
                canvas.BeginTag(cells[c], new StructureTag(role, Scope: role == StructureRole.TH ? "Column" : null));
            }

            if (cells[c].Measure(space).Draws)
            {
                cells[c].Draw(context, cx + style.Padding, y + style.Padding, space);
            }

            if (cellRole is not null)
            {
                canvas.EndTag();
            }

            if (c > 0)
            {
                canvas.DrawLine(cx, y, cx, y + height, 0.5f, style.Border);
            }

            cx += widths[c];
        }

        canvas.DrawLine(x, y + height, x + Width, y + height, 0.5f, style.Border);
    }

    public void Frame(float top, float bottom)
    {
        var canvas = context.Canvas;
        canvas.DrawLine(x, top, x + Width, top, 0.5f, style.Border);
        canvas.DrawLine(x, top, x, top + bottom, 0.5f, style.Border);
        canvas.DrawLine(x + Width, top, x + Width, top + bottom, 0.5f, style.Border);
    }
}
