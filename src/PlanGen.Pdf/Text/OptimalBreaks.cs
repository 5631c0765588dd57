namespace PlanGen.Pdf.Text;

/// <summary>
/// Least-badness line breaking in the spirit of Knuth and Plass, without hyphenation: over all
/// ways to break a paragraph, pick the one with the smallest sum of squared stretch per space.
/// The last line of each hard-broken segment is free. Dynamic programming, O(words × words per line).
/// </summary>
internal static class OptimalBreaks
{
    private const float Epsilon = 0.01f;

    /// <summary>Returns the exclusive end index of every line.</summary>
    public static List<int> Find(IReadOnlyList<Fragment> frags, float width)
    {
        var n = frags.Count;
        var cost = new double[n + 1];
        var from = new int[n + 1];
        Array.Fill(cost, double.PositiveInfinity);
        cost[0] = 0;
        for (var i = 0; i < n; i++)
        {
            // Lines start at 0 or right after a break opportunity.
            if (double.IsPositiveInfinity(cost[i]) || (i > 0 && !frags[i - 1].BreakAfter))
            {
                continue;
            }

            float used = 0;
            var gaps = 0;
            for (var j = i; j < n; j++)
            {
                used += frags[j].Width;
                if (used > width + Epsilon && j > i)
                {
                    break;
                }

                var last = j == n - 1 || frags[j].HardBreak;
                if (frags[j].BreakAfter || last)
                {
                    var stretch = (width - used) / Math.Max(gaps, 1);
                    var badness = last ? 0 : (stretch * stretch) + 1;
                    if (cost[i] + badness < cost[j + 1])
                    {
                        cost[j + 1] = cost[i] + badness;
                        from[j + 1] = i;
                    }
                }

                if (frags[j].HardBreak)
                {
                    break;
                }

                if (frags[j].SpaceAfter)
                {
                    used += frags[j].SpaceWidth;
                    gaps++;
                }
            }
        }

        var ends = new List<int>();
        for (var end = n; end > 0; end = from[end])
        {
            ends.Add(end);
        }

        ends.Reverse();
        return ends;
    }
}
