using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Lifecycle.Rollover;

/// <summary>
/// Makes next year's plan from this year's as a text edit of the YAML: the director's comments, blank
/// lines and key order stay; only the values that change are spliced.
/// </summary>
public static class YearRollover
{
    public const string DefaultVersion = "1.0";

    public static RolloverResult Roll(string text, SchoolYear from)
    {
        var to = new SchoolYear(from.StartYear + 1);
        var root = SpanReader.Read(text) as SpanMapping ?? throw new FormatException("het jaarplan is geen blok met velden");
        var edits = new TextEdits(text);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (root.Get("schooljaar") is SpanScalar year)
        {
            edits.Replace(year.Start, year.End, YamlText.Restyle(text[year.Start..year.End], to.ToString()));
        }
        if (root.Get("versie") is SpanScalar version)
        {
            edits.Replace(version.Start, version.End, YamlText.Restyle(text[version.Start..version.End], DefaultVersion));
        }
        if (root.KeyOf("aandachtspunten") is { } points && root.Get("aandachtspunten") is SpanSequence { Items.Count: > 0 })
        {
            var start = edits.LineStart(points.Start);
            edits.Insert(start, $"{edits.IndentOf(points.Start)}# aandachtspunten uit {from}: bekijk of ze nog gelden{newline}");
        }
        Empty(root, "evaluatie", edits, text);
        Empty(root, "resultaten", edits, text, "[]");
        var recurring = new List<string>();
        var carried = new List<string>();
        var dropped = new List<string>();
        if (root.Get("activiteiten") is SpanSequence { IsFlow: false } activities)
        {
            for (var i = 0; i < activities.Items.Count; i++)
            {
                if (activities.Items[i] is not SpanMapping activity)
                {
                    continue;
                }
                var what = (activity.Get("wat") as SpanScalar)?.Value ?? "";
                var fate = ActivityFates.Of(IsYes(activity.Get("terugkerend")), activity.Get("instrument") is SpanScalar { Value.Length: > 0 }, (activity.Get("status") as SpanScalar)?.Value);
                switch (fate)
                {
                    case ActivityFate.Dropped:
                        edits.Remove(ItemStart(edits, activities, i), edits.LineEnd(activity.End));
                        dropped.Add(what);
                        break;
                    case ActivityFate.CarriedOver:
                        var dash = edits.LineStart(activity.Start);
                        edits.Insert(dash, $"{edits.IndentOf(activity.Start)}# overgenomen uit {from}{newline}");
                        Shift(activity, edits, text);
                        Empty(activity, "evaluatie", edits, text);
                        carried.Add(what);
                        break;
                    default:
                        Shift(activity, edits, text);
                        if (activity.Get("status") is SpanScalar status)
                        {
                            edits.Replace(status.Start, status.End, YamlText.Restyle(text[status.Start..status.End], "gepland"));
                        }
                        Empty(activity, "evaluatie", edits, text);
                        recurring.Add(what);
                        break;
                }
            }
        }
        return new RolloverResult(edits.Apply(), recurring, carried, dropped);
    }

    /// <summary>A dropped item takes the comment lines directly above it along (they were about it).</summary>
    private static int ItemStart(TextEdits edits, SpanSequence list, int index)
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

    private static void Shift(SpanMapping activity, TextEdits edits, string text)
    {
        if (activity.Get("wanneer") is SpanScalar { IsBlock: false } when)
        {
            var shifted = MomentShift.NextYear(when.Value);
            if (shifted != when.Value)
            {
                edits.Replace(when.Start, when.End, YamlText.Restyle(text[when.Start..when.End], shifted));
            }
        }
    }

    /// <summary>Leaves "key:" with nothing after it (or with <paramref name="empty"/>), keeping the key where it was.</summary>
    private static void Empty(SpanMapping map, string key, TextEdits edits, string text, string empty = "")
    {
        if (map.KeyOf(key) is not { } name || map.Get(key) is not { } value || value is SpanScalar { Value.Length: 0, IsPlain: true })
        {
            return;
        }
        var colon = text.IndexOf(':', name.End);
        edits.Replace(colon + 1, value.End, empty.Length == 0 ? "" : " " + empty);
    }

    private static bool IsYes(SpanNode? node) =>
        node is SpanScalar scalar && scalar.Value.Trim().ToLowerInvariant() is "ja" or "true" or "yes" or "waar";
}
