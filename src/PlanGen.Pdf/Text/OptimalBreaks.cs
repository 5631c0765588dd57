namespace PlanGen.Pdf.Text;

/// <summary>
/// Least-badness line breaking in the spirit of Knuth and Plass: over all ways to break a paragraph
/// (at spaces and at the hyphenation points of <see cref="Hyphenation.HyphenationPass"/>), pick the one
/// with the smallest sum of squared stretch per space, plus a penalty per hyphen (more for two in a
/// row). A line whose spaces would pass <see cref="MaxWordSpace"/> is set ragged instead, so it costs
/// far more. The last line of each hard-broken segment is free. Dynamic programming, O(fragments ×
/// fragments per line).
/// </summary>
internal static class OptimalBreaks
{
    /// <summary>The widest word space a justified line may get, as a multiple of the font's space (1.6×).</summary>
    public const float MaxWordSpace = 1.6f;

    private const float Epsilon = 0.01f;
    private const double HyphenPenalty = 3;
    private const double DoubleHyphenPenalty = 6;
    private const double RaggedPenalty = 400;

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
                var hyphen = !last && frags[j].Hyphen;
                if ((frags[j].BreakAfter || last) && (!hyphen || used + frags[j].HyphenWidth <= width + Epsilon || j == i))
                {
                    var stretch = (width - used - (hyphen ? frags[j].HyphenWidth : 0)) / Math.Max(gaps, 1);
                    var badness = last ? 0 : Badness(stretch, gaps, frags[j].SpaceWidth);
                    if (hyphen)
                    {
                        badness += i > 0 && frags[i - 1].Hyphen ? DoubleHyphenPenalty : HyphenPenalty;
                    }

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

    /// <summary>Squared stretch per space, in points; a line that would pass the maximum space is set ragged at a high price.</summary>
    private static double Badness(double stretch, int gaps, float space)
    {
        var squared = (stretch * stretch) + 1;
        return gaps == 0 || stretch <= (MaxWordSpace - 1) * space ? squared : RaggedPenalty + squared;
    }
}
