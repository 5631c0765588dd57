using System.Text.RegularExpressions;

namespace PlanGen.Lifecycle.Diff;

/// <summary>Word-level differences inside one changed paragraph, as runs of kept, removed and added text.</summary>
public static partial class WordDiff
{
    public static IReadOnlyList<(ChangeKind Kind, string Text)> Compare(string before, string after)
    {
        var a = Tokens().Matches(before).Select(m => m.Value).ToList();
        var b = Tokens().Matches(after).Select(m => m.Value).ToList();
        var runs = new List<(ChangeKind Kind, string Text)>();
        foreach (var (o, n) in Lcs.Align(a, b, string.Equals))
        {
            var (kind, text) = o >= 0 && n >= 0 ? (ChangeKind.Same, b[n]) : o >= 0 ? (ChangeKind.Removed, a[o]) : (ChangeKind.Added, b[n]);
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = (kind, runs[^1].Text + text);
            }
            else
            {
                runs.Add((kind, text));
            }
        }
        return runs;
    }

    /// <summary>A word with the spaces after it, so the text reads back exactly.</summary>
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Tokens();
}
