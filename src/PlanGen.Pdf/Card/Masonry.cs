using PlanGen.Pdf.Layout;

namespace PlanGen.Pdf.Card;

/// <summary>
/// Side one's blocks packed by their content: in reading order down 1 to 4 columns, each column's
/// boxes sized to their text and then stretched together to the column's foot (at most
/// <see cref="CardScale.MaxStretch"/> times), like a masonry wall. The number of columns and the
/// split points are chosen so the tallest column fits at the largest scale and the columns are as even as possible.
/// </summary>
internal sealed class Masonry(IReadOnlyList<CardBox> boxes, float gap)
{
    /// <summary>The best packing of the boxes in <paramref name="area"/> at <paramref name="scale"/>, or null when they do not fit.</summary>
    public Packing? Pack(Rect area, float scale)
    {
        Packing? best = null;
        var maxColumns = Math.Min(4, Math.Max(1, boxes.Count));
        for (var n = 1; n <= maxColumns; n++)
        {
            var width = (area.Width - (gap * (n - 1))) / n;
            if (width < 150 && n > 1)
            {
                break;
            }

            var heights = boxes.Select(b => b.Height(width, scale)).ToList();
            foreach (var split in Splits(boxes.Count, n))
            {
                var columns = Columns(heights, split);
                var sums = columns.Select(c => c.Sum(i => heights[i]) + (gap * (c.Count - 1))).ToList();
                if (sums.Max() > area.Height)
                {
                    continue;
                }

                var evenness = sums.Min() / area.Height;
                if (best is null || evenness > best.Evenness + 0.0001f)
                {
                    best = new Packing(Place(area, width, columns, heights, scale), scale, evenness);
                }
            }
        }

        return best;
    }

    private List<(CardBox Box, Rect Rect)> Place(Rect area, float width, List<List<int>> columns, List<float> heights, float scale)
    {
        var placed = new List<(CardBox, Rect)>();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var natural = column.Sum(i => heights[i]);
            var room = area.Height - (gap * (column.Count - 1));
            var stretch = Math.Min(CardScale.MaxStretch, room / natural);
            var y = area.Y;
            foreach (var i in column)
            {
                var h = Math.Min(heights[i] * stretch, Math.Max(heights[i], boxes[i].MaxHeight(width, scale)));
                placed.Add((boxes[i], new Rect(area.X + (c * (width + gap)), y, width, h)));
                y += h + gap;
            }
        }

        return placed;
    }

    private static List<List<int>> Columns(List<float> heights, int[] split)
    {
        var columns = new List<List<int>>();
        var start = 0;
        foreach (var end in split.Append(heights.Count))
        {
            columns.Add(Enumerable.Range(start, end - start).ToList());
            start = end;
        }

        return columns;
    }

    /// <summary>Every way to cut 0..count into <paramref name="n"/> non-empty runs (the cut points).</summary>
    private static IEnumerable<int[]> Splits(int count, int n) => Combinations(1, count - 1, n - 1);

    private static IEnumerable<int[]> Combinations(int from, int to, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = from; first <= to - k + 1; first++)
        {
            foreach (var rest in Combinations(first + 1, to, k - 1))
            {
                yield return [first, .. rest];
            }
        }
    }
}

/// <summary>Where each box goes, at which scale; <see cref="Evenness"/> is the shortest column's share of the height.</summary>
internal sealed record Packing(List<(CardBox Box, Rect Rect)> Boxes, float Scale, float Evenness);
