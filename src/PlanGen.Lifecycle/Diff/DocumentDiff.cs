namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// Compares two rendered versions of a document section by section. Sections match on their heading
/// without its number; inside a section items align by longest common subsequence, and a removed and
/// an added item in the same place become one "changed" item when they are table rows with the same
/// first cell (an activity, a role, an instrument) or paragraphs.
/// </summary>
public static class DocumentDiff
{
    public static IReadOnlyList<SectionChange> Compare(IReadOnlyList<DocSection> older, IReadOnlyList<DocSection> newer)
    {
        var alignment = Lcs.Align(older, newer, (a, b) => a.Key == b.Key);
        var result = new List<SectionChange>();
        foreach (var (o, n) in alignment)
        {
            if (o >= 0 && n >= 0)
            {
                result.Add(new SectionChange(newer[n].Heading, ChangeKind.Same, Steps(older[o].Items, newer[n].Items)));
            }
            else if (n >= 0)
            {
                result.Add(new SectionChange(newer[n].Heading, ChangeKind.Added, newer[n].Items.Select(i => new Change(ChangeKind.Added, null, i)).ToList()));
            }
            else
            {
                result.Add(new SectionChange(older[o].Heading, ChangeKind.Removed, older[o].Items.Select(i => new Change(ChangeKind.Removed, i, null)).ToList()));
            }
        }
        return result;
    }

    private static List<Change> Steps(IReadOnlyList<DocItem> older, IReadOnlyList<DocItem> newer)
    {
        var steps = new List<Change>();
        var removed = new List<DocItem>();
        var added = new List<DocItem>();
        foreach (var (o, n) in Lcs.Align(older, newer, (a, b) => a.Compare == b.Text || a.Text == b.Text))
        {
            if (o >= 0 && n >= 0)
            {
                Flush(steps, removed, added);
                steps.Add(new Change(ChangeKind.Same, older[o], newer[n]));
            }
            else if (o >= 0)
            {
                removed.Add(older[o]);
            }
            else
            {
                added.Add(newer[n]);
            }
        }
        Flush(steps, removed, added);
        return steps;
    }

    /// <summary>One run of removals and additions between two kept items: pair what belongs together.</summary>
    private static void Flush(List<Change> steps, List<DocItem> removed, List<DocItem> added)
    {
        var pairedNew = new HashSet<DocItem>();
        foreach (var old in removed)
        {
            var match = added.FirstOrDefault(a => !pairedNew.Contains(a) && a.Kind == old.Kind && Pairs(old, a));
            if (match is null)
            {
                steps.Add(new Change(ChangeKind.Removed, old, null));
                continue;
            }
            pairedNew.Add(match);
            steps.Add(new Change(ChangeKind.Changed, old, match));
        }
        steps.AddRange(added.Where(a => !pairedNew.Contains(a)).Select(a => new Change(ChangeKind.Added, null, a)));
        removed.Clear();
        added.Clear();
    }

    private static bool Pairs(DocItem old, DocItem candidate) => old.Kind switch
    {
        ItemKind.TableRow => old.Key == candidate.Key,
        ItemKind.Paragraph => true,
        _ => false,
    };
}
