namespace PlanGen.Pdf.Elements.Tables;

/// <summary>
/// Column widths from content, like HTML's automatic table layout: every column gets at least its
/// longest word; the rest of the width goes where the text is longest.
/// </summary>
internal static class ColumnWidths
{
    public static float[] Compute(IReadOnlyList<float> min, IReadOnlyList<float> max, float width)
    {
        var n = min.Count;
        var result = new float[n];
        var minSum = min.Sum();
        var maxSum = max.Sum();
        if (minSum >= width)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = width * min[i] / Math.Max(minSum, 0.001f);
            }

            return result;
        }

        if (maxSum <= width)
        {
            // Everything fits on one line: share the surplus in proportion to content.
            for (var i = 0; i < n; i++)
            {
                result[i] = max[i] + ((width - maxSum) * max[i] / Math.Max(maxSum, 0.001f));
            }

            return result;
        }

        var ratio = (width - minSum) / (maxSum - minSum);
        for (var i = 0; i < n; i++)
        {
            result[i] = min[i] + ((max[i] - min[i]) * ratio);
        }

        return result;
    }
}
