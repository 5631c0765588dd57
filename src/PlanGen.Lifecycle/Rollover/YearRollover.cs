using PlanGen.Core.Loading;
using PlanGen.Core.Yaml;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Lifecycle.Rollover;

/// <summary>
/// Makes next year's plan from this year's as a text edit of the YAML: the director's comments, blank
/// lines and key order stay; only the values that change are spliced. Block and flow style both work;
/// the result is read back and checked against the intended change before it is returned
/// (<see cref="YamlEditException"/> when it does not match, so nothing is written).
/// </summary>
public static class YearRollover
{
    public const string DefaultVersion = "1.0";

    private static readonly string[] EditedKeys = ["schooljaar", "versie", "evaluatie", "resultaten", "activiteiten"];

    public static RolloverResult Roll(string text, SchoolYear from)
    {
        var to = new SchoolYear(from.StartYear + 1);
        var root = EditableYaml.Root(text, $"het jaarplan {from}");
        var activities = root.Get("activiteiten") as YSequence;
        EditableYaml.RefuseAliases(root.Get("activiteiten"), "activiteiten:");
        var edits = new TextEdits(text);
        var newline = EditableYaml.NewlineOf(text);
        if (root.Get("schooljaar") is YScalar year)
        {
            edits.Replace(year.Start, year.End, YamlText.Restyle(text[year.Start..year.End], to.ToString()));
        }
        if (root.Get("versie") is YScalar version)
        {
            edits.Replace(version.Start, version.End, YamlText.Restyle(text[version.Start..version.End], DefaultVersion));
        }
        if (!root.IsFlow && root.KeyOf("aandachtspunten") is { } points && root.Get("aandachtspunten") is YSequence { Items.Count: > 0 })
        {
            var start = edits.LineStart(points.Start);
            edits.Insert(start, $"{edits.IndentOf(points.Start)}# aandachtspunten uit {from}: bekijk of ze nog gelden{newline}");
        }
        Empty(root, "evaluatie", edits, text);
        Empty(root, "resultaten", edits, text, "[]");
        var recurring = new List<string>();
        var carried = new List<string>();
        var dropped = new List<string>();
        var warnings = new List<string>();
        var fates = (activities?.Items ?? []).Select(FateOf).ToList();
        for (var i = 0; i < fates.Count; i++)
        {
            if (activities!.Items[i] is not YMapping activity)
            {
                continue;
            }
            var what = (activity.Get("wat") as YScalar)?.Value ?? "";
            switch (fates[i])
            {
                case ActivityFate.Dropped:
                    var (start, end) = activities.IsFlow ? FlowItemSpan(activities, i, fates) : (ItemStart(edits, activities, i), edits.LineEnd(activity.End));
                    edits.Remove(start, end);
                    dropped.Add(what);
                    break;
                case ActivityFate.CarriedOver:
                    if (!activities.IsFlow)
                    {
                        var dash = edits.LineStart(activity.Start);
                        edits.Insert(dash, $"{edits.IndentOf(activity.Start)}# overgenomen uit {from}{newline}");
                    }
                    Shift(activity, edits, text, what, warnings);
                    Empty(activity, "evaluatie", edits, text);
                    carried.Add(what);
                    break;
                default:
                    Shift(activity, edits, text, what, warnings);
                    if (activity.Get("status") is YScalar status)
                    {
                        edits.Replace(status.Start, status.End, YamlText.Restyle(text[status.Start..status.End], "gepland"));
                    }
                    Empty(activity, "evaluatie", edits, text);
                    recurring.Add(what);
                    break;
            }
        }
        var result = edits.Apply();
        Verify(root, EditableYaml.Root(result, $"het nieuwe jaarplan {to}"), to, fates);
        return new RolloverResult(result, recurring, carried, dropped) { Warnings = warnings };
    }

    /// <summary>A dropped item takes the comment lines directly above it along (they were about it).</summary>
    private static int ItemStart(TextEdits edits, YSequence list, int index)
    {
        var start = edits.LineStart(list.Items[index].Start);
        var floor = index == 0 ? 0 : edits.LineEnd(list.Items[index - 1].End);
        while (start > floor)
        {
            var previous = edits.LineStart(start - 1);
            if (previous < floor || !edits.Text[previous..start].TrimStart().StartsWith('#'))
            {
                break;
            }
            start = previous;
        }
        return start;
    }

    private static ActivityFate? FateOf(YNode item) => item is YMapping activity
        ? ActivityFates.Of(IsYes(activity.Get("terugkerend")), activity.Get("instrument") is YScalar { Value.Length: > 0 }, (activity.Get("status") as YScalar)?.Value)
        : null;

    /// <summary>
    /// In "[ {..}, {..}, {..} ]" a dropped item goes with the comma after it while a later item stays; in the
    /// dropped tail each goes with the comma before it. The removed spans so never overlap.
    /// </summary>
    private static (int Start, int End) FlowItemSpan(YSequence list, int index, IReadOnlyList<ActivityFate?> fates)
    {
        var items = list.Items;
        var laterKept = Enumerable.Range(index + 1, items.Count - index - 1).Any(j => fates[j] != ActivityFate.Dropped);
        var earlierKept = Enumerable.Range(0, index).Any(j => fates[j] != ActivityFate.Dropped);
        if (laterKept || !earlierKept)
        {
            return (items[index].Start, index + 1 < items.Count ? items[index + 1].Start : items[index].End);
        }
        return (items[index - 1].End, items[index].End);
    }

    private static void Shift(YMapping activity, TextEdits edits, string text, string what, List<string> warnings)
    {
        if (activity.Get("wanneer") is YScalar { IsBlock: false } when)
        {
            var shifted = MomentShift.NextYear(when.Value);
            if (shifted != when.Value)
            {
                edits.Replace(when.Start, when.End, YamlText.Restyle(text[when.Start..when.End], shifted));
                if (DateOnly.TryParseExact(shifted, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                    && Calendar.SchoolDays.Closed(date) is { } closed)
                {
                    warnings.Add($"{what}: {shifted} valt op {closed} (was {when.Value.Trim()}); kies een schooldag");
                }
            }
        }
    }

    /// <summary>Leaves "key:" with nothing after it (or with <paramref name="empty"/>), keeping the key where it was.</summary>
    private static void Empty(YMapping map, string key, TextEdits edits, string text, string empty = "")
    {
        if (map.KeyOf(key) is not { } name || map.Get(key) is not { } value || value is YScalar { Value.Length: 0, IsPlain: true })
        {
            return;
        }
        if (map.IsFlow)
        {
            edits.Replace(value.Start, value.End, empty.Length == 0 ? "~" : empty);
            return;
        }
        var colon = text.IndexOf(':', name.End);
        edits.Replace(colon + 1, value.End, empty.Length == 0 ? "" : " " + empty);
    }

    private static bool IsYes(YNode? node) =>
        node is YScalar scalar && scalar.Value.Trim().ToLowerInvariant() is "ja" or "true" or "yes" or "waar";

    /// <summary>The new plan holds what the old one held, with only the intended values changed.</summary>
    private static void Verify(YMapping before, YMapping after, SchoolYear to, IReadOnlyList<ActivityFate?> fates)
    {
        var ok = before.Entries.Select(e => e.Key.Value).SequenceEqual(after.Entries.Select(e => e.Key.Value))
            && before.Entries.Where(e => !EditedKeys.Contains(e.Key.Value)).All(e => YamlEquality.Same(e.Value, after.Get(e.Key.Value)))
            && (after.Get("schooljaar") is not YScalar newYear || newYear.Value == to.ToString())
            && (after.Get("versie") is null or YScalar { Value: DefaultVersion })
            && (after.Get("evaluatie") is null or YScalar { IsNull: true })
            && (after.Get("resultaten") is null or YScalar { IsNull: true } or YSequence { Items.Count: 0 })
            && SameActivities(before.Get("activiteiten"), after.Get("activiteiten"), fates);
        if (!ok)
        {
            throw new YamlEditException("PlanGen kan dit jaarplan niet veilig omzetten (de schrijfwijze wijkt af); maak het nieuwe jaarplan met de hand");
        }
    }

    private static bool SameActivities(YNode? before, YNode? after, IReadOnlyList<ActivityFate?> fates)
    {
        if (before is not YSequence old)
        {
            return YamlEquality.Same(before, after);
        }
        if (after is not YSequence kept)
        {
            return false;
        }
        var survivors = Enumerable.Range(0, old.Items.Count).Where(i => fates[i] != ActivityFate.Dropped).ToList();
        return survivors.Count == kept.Items.Count && survivors.Select((i, k) => SameActivity(old.Items[i], kept.Items[k], fates[i])).All(same => same);
    }

    private static bool SameActivity(YNode before, YNode after, ActivityFate? fate)
    {
        if (fate is null || before is not YMapping old || after is not YMapping now)
        {
            return YamlEquality.Same(before, after);
        }
        return old.Entries.Select(e => e.Key.Value).SequenceEqual(now.Entries.Select(e => e.Key.Value))
            && old.Entries.All(e => e.Key.Value switch
            {
                "wanneer" when e.Value is YScalar { IsBlock: false } when => now.Get("wanneer") is YScalar { Value: var v } && v == MomentShift.NextYear(when.Value),
                "status" when fate == ActivityFate.Recurring => now.Get("status") is YScalar { Value: "gepland" },
                "evaluatie" => now.Get("evaluatie") is YScalar { IsNull: true } || YamlEquality.Same(e.Value, now.Get("evaluatie")),
                var key => YamlEquality.Same(e.Value, now.Get(key)),
            });
    }
}
