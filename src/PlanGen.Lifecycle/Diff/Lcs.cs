namespace PlanGen.Lifecycle.Diff;

/// <summary>Longest common subsequence alignment of two lists: the classic table, fine for a few hundred items.</summary>
public static class Lcs
{
    /// <summary>Pairs (old index, new index); -1 on one side means removed or added.</summary>
    public static IReadOnlyList<(int Old, int New)> Align<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> equal)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = equal(a[i], b[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }
        var steps = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && equal(a[x], b[y]))
            {
                steps.Add((x++, y++));
            }
            else if (y < b.Count && (x == a.Count || table[x, y + 1] >= table[x + 1, y]))
            {
                steps.Add((-1, y++));
            }
            else
            {
                steps.Add((x++, -1));
            }
        }
        return steps;
    }
}
