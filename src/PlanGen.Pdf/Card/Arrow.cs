using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Card;

/// <summary>An arrow as vector lines: a shaft and a two-stroke head at the end point.</summary>
internal static class Arrow
{
    public static void Draw(IPageCanvas canvas, float x1, float y1, float x2, float y2, Color colour, float width = 1.6f, float head = 5)
    {
        var length = MathF.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        if (length < 1)
        {
            return;
        }

        var (ux, uy) = ((x2 - x1) / length, (y2 - y1) / length);
        canvas.DrawLine(x1, y1, x2 - (ux * width), y2 - (uy * width), width, colour);
        // The head's two strokes, 35 degrees either side of the shaft.
        var (cos, sin) = (MathF.Cos(0.61f), MathF.Sin(0.61f));
        foreach (var side in new[] { 1f, -1f })
        {
            var hx = -((ux * cos) - (side * uy * sin));
            var hy = -((side * ux * sin) + (uy * cos));
            canvas.DrawLine(x2, y2, x2 + (hx * head), y2 + (hy * head), width, colour);
        }
    }

    /// <summary>An arrow from box <paramref name="from"/> to box <paramref name="to"/> across the gap between them.</summary>
    public static void Between(IPageCanvas canvas, Rect from, Rect to, Color colour)
    {
        var overlapX = (Math.Max(from.X, to.X), Math.Min(from.Right, to.Right));
        var overlapY = (Math.Max(from.Y, to.Y), Math.Min(from.Y + from.Height, to.Y + to.Height));
        if (overlapY.Item2 - overlapY.Item1 > 4 && (to.X >= from.Right - 0.5f || from.X >= to.Right - 0.5f))
        {
            // Side by side: horizontal, in the middle of the rows' overlap.
            var y = (overlapY.Item1 + overlapY.Item2) / 2;
            var (x1, x2) = to.X >= from.Right - 0.5f ? (from.Right + 1.5f, to.X - 1.5f) : (from.X - 1.5f, to.Right + 1.5f);
            Draw(canvas, x1, y, x2, y, colour);
        }
        else if (overlapX.Item2 - overlapX.Item1 > 4)
        {
            var x = (overlapX.Item1 + overlapX.Item2) / 2;
            var (y1, y2) = to.Y >= from.Y + from.Height - 0.5f ? (from.Y + from.Height + 1.5f, to.Y - 1.5f) : (from.Y - 1.5f, to.Y + to.Height + 1.5f);
            Draw(canvas, x, y1, x, y2, colour);
        }
    }
}
