using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Card;

/// <summary>
/// Side one's blocks packed by their content: in reading order down 1 to 4 columns, each column's
/// boxes sized to their text and then stretched together to the column's foot (at most
/// <see cref="CardScale.MaxStretch"/> times), like a masonry wall. The number of columns and the
/// split points are chosen so the tallest column fits at the largest scale and the columns are as even as possible.
/// </summary>
/// <remarks>
/// The splits are tried in lexicographic order of their cut points and the first strictly more even
/// one wins. Splits that cannot fit or cannot beat the best so far are skipped without being
/// completed (a column's height only grows with its boxes), and a column count whose boxes cannot
/// fit at all stops measuring at the first box that shows it: the choice is the one the full
/// enumeration makes.
/// </remarks>
internal sealed class Masonry(IReadOnlyList<CardBox> boxes, float gap)
{
    private const int MaxColumns = 4;

    /// <summary>The best packing of the boxes in <paramref name="area"/> at <paramref name="scale"/>, or null when they do not fit.</summary>
    public Packing? Pack(Rect area, float scale)
    {
        var count = boxes.Count;
        var maxColumns = Math.Min(MaxColumns, Math.Max(1, count));
        var search = new Search(count, gap, area.Height);
        float[]? bestHeights = null;
        int[]? bestCuts = null;
        var bestWidth = 0f;
        for (var n = 1; n <= maxColumns; n++)
        {
            var width = (area.Width - (gap * (n - 1))) / n;
            if (width < 150 && n > 1)
            {
                break;
            }

            if (!search.Measure(boxes, width, scale, n))
            {
                continue;
            }

            if (search.Best(n))
            {
                bestHeights = (float[])search.Heights.Clone();
                bestCuts = search.BestCuts(n);
                bestWidth = width;
            }
        }

        return bestCuts is null ? null : new Packing(Place(area, bestWidth, Columns(bestCuts, count), bestHeights!, scale), scale, search.Evenness);
    }

    private List<(CardBox Box, Rect Rect)> Place(Rect area, float width, List<(int Start, int End)> columns, float[] heights, float scale)
    {
        var placed = new List<(CardBox, Rect)>(heights.Length);
        for (var c = 0; c < columns.Count; c++)
        {
            var (start, end) = columns[c];
            var natural = Search.Sum(heights, start, end);
            var room = area.Height - (gap * (end - start - 1));
            var stretch = Math.Min(CardScale.MaxStretch, room / natural);
            var y = area.Y;
            for (var i = start; i < end; i++)
            {
                var h = Math.Min(heights[i] * stretch, Math.Max(heights[i], boxes[i].MaxHeight(width, scale)));
                placed.Add((boxes[i], new Rect(area.X + (c * (width + gap)), y, width, h)));
                y += h + gap;
            }
        }

        return placed;
    }

    private static List<(int Start, int End)> Columns(int[] cuts, int count)
    {
        var columns = new List<(int, int)>(cuts.Length + 1);
        var start = 0;
        foreach (var end in cuts)
        {
            columns.Add((start, end));
            start = end;
        }

        columns.Add((start, count));
        return columns;
    }

    /// <summary>
    /// The state of one <see cref="Pack"/>: the boxes' heights at the current column width, each run's
    /// height (as the packing sums it) and the best split so far, over all column counts.
    /// </summary>
    private sealed class Search(int count, float gap, float height)
    {
        private readonly float[,] runs = new float[count + 1, count + 1];
        private readonly int[] cuts = new int[MaxColumns];
        private readonly int[] bestCuts = new int[MaxColumns];
        private bool found;

        public float[] Heights { get; } = new float[count];

        /// <summary>The shortest column's share of the height in the best split so far.</summary>
        public float Evenness { get; private set; }

        /// <summary>A run of boxes as one column: their heights summed in double, in order, and the gaps between them.</summary>
        public static float Sum(float[] heights, int start, int end)
        {
            double sum = 0;
            for (var i = start; i < end; i++)
            {
                sum += heights[i];
            }

            return (float)sum;
        }

        /// <summary>
        /// Measures the boxes at <paramref name="width"/>; false as soon as it is certain that no split
        /// into <paramref name="n"/> columns fits (a box taller than the area, or more height than n columns hold).
        /// </summary>
        public bool Measure(IReadOnlyList<CardBox> boxes, float width, float scale, int n)
        {
            double total = 0;
            // What n columns hold, less a margin far above float rounding: beyond it some column is certainly too tall.
            var capacity = (n * (double)height) + 0.01 + (1e-5 * n * height);
            for (var i = 0; i < count; i++)
            {
                var h = boxes[i].Height(width, scale);
                Heights[i] = h;
                total += h;
                if (h > height || total + (gap * (double)(count - n)) > capacity)
                {
                    return false;
                }
            }

            for (var start = 0; start < count; start++)
            {
                double sum = 0;
                for (var end = start + 1; end <= count; end++)
                {
                    sum += Heights[end - 1];
                    runs[start, end] = (float)sum + (gap * (end - start - 1));
                }
            }

            return true;
        }

        /// <summary>Tries every split into <paramref name="n"/> columns; true when one of them became the best.</summary>
        public bool Best(int n)
        {
            var improved = false;
            Columns(0, 0, n, float.MaxValue, ref improved);
            return improved;
        }

        public int[] BestCuts(int n) => bestCuts[..(n - 1)];

        // Column `column` starts at box `start`; `shortest` is the lowest column height so far.
        private void Columns(int column, int start, int n, float shortest, ref bool improved)
        {
            if (column == n - 1)
            {
                var last = runs[start, count];
                if (last > height)
                {
                    return;
                }

                var evenness = Math.Min(shortest, last) / height;
                if (!found || evenness > Evenness + 0.0001f)
                {
                    found = true;
                    improved = true;
                    Evenness = evenness;
                    Array.Copy(cuts, bestCuts, n - 1);
                }

                return;
            }

            // Each remaining column needs at least one box.
            for (var end = start + 1; end <= count - (n - 1 - column); end++)
            {
                var run = runs[start, end];
                if (run > height)
                {
                    // Longer runs are taller still.
                    return;
                }

                var lowest = Math.Min(shortest, run);
                if (found && lowest / height <= Evenness + 0.0001f)
                {
                    // This column is already too short to beat the best; a longer run may not be.
                    continue;
                }

                cuts[column] = end;
                Columns(column + 1, end, n, lowest, ref improved);
            }
        }
    }
}

/// <summary>Where each box goes, at which scale; <see cref="Evenness"/> is the shortest column's share of the height.</summary>
internal sealed record Packing(List<(CardBox Box, Rect Rect)> Boxes, float Scale, float Evenness);
