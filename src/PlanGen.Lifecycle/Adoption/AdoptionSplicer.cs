using System.Globalization;
using System.Text;
using PlanGen.Core.Yaml;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Lifecycle.Adoption;

/// <summary>
/// Adds an entry to <c>vaststelling:</c> in school.yaml as a text edit: after the last entry, in the
/// style (block or flow) and indentation the file already uses; comments and everything else stay as
/// written. The edited text is read back and compared with the original before it is returned: any
/// difference but the one new entry throws <see cref="YamlEditException"/> and nothing is written.
/// </summary>
public static class AdoptionSplicer
{
    public const string Key = "vaststelling";

    public static string Add(string text, AdoptionEntry entry)
    {
        var root = EditableYaml.Root(text, "school.yaml");
        var result = Splice(text, root, entry);
        Verify(root, EditableYaml.Root(result, "school.yaml na de aanpassing"), entry);
        return result;
    }

    private static string Splice(string text, YMapping root, AdoptionEntry entry)
    {
        var newline = EditableYaml.NewlineOf(text);
        var edits = new TextEdits(text);
        var key = root.KeyOf(Key);
        var value = root.Get(Key);
        if (value is { IsAlias: true })
        {
            throw new YamlEditException($"vaststelling: verwijst met {text[value.Start..value.End]} naar een lijst elders (regel {value.Location.Line}); schrijf de lijst daar voluit, dan kan PlanGen er een regel aan toevoegen");
        }
        switch (value)
        {
            case YSequence { IsFlow: true } flow:
                // "[ {...}, {...} ]": the new entry goes before the closing bracket.
                var at = flow.Items.Count > 0 ? flow.Items[^1].End : flow.Start + 1;
                edits.Insert(at, (flow.Items.Count > 0 ? ", " : " ") + FlowItem(entry) + (flow.Items.Count > 0 ? "" : " "));
                break;
            case YSequence { Items.Count: > 0 } list:
            {
                var dashIndent = edits.IndentOf(list.Items[0].Start);
                var end = edits.LineEnd(list.Items[^1].End);
                var prefix = end == text.Length && !text.EndsWith('\n') ? newline : "";
                edits.Insert(end, prefix + BlockItem(entry, dashIndent, newline));
                break;
            }
            case YScalar { IsNull: true } empty:
            {
                // "vaststelling:" with nothing (or ~): the value becomes a list.
                var colon = text.IndexOf(':', key!.End);
                var end = empty.Value.Length == 0 ? colon + 1 : empty.End;
                var replacement = root.IsFlow
                    ? " [" + FlowItem(entry) + "]"
                    : newline + BlockItem(entry, edits.IndentOf(key.Start) + "  ", newline).TrimEnd('\r', '\n');
                edits.Replace(colon + 1, end, replacement);
                break;
            }
            case null when root.IsFlow:
                edits.Insert(root.End - 1, (root.Entries.Count > 0 ? ", " : "") + $"{Key}: [{FlowItem(entry)}]");
                break;
            case null:
            {
                var after = root.Get("visie") ?? root.Get("school") ?? root.Entries[^1].Value;
                var end = edits.LineEnd(after.End);
                var prefix = end == text.Length && !text.EndsWith('\n') ? newline : "";
                var indent = edits.IndentOf(root.Entries[0].Key.Start);
                edits.Insert(end, $"{prefix}{newline}{indent}{Key}:{newline}{BlockItem(entry, indent + "  ", newline)}");
                break;
            }
            default:
                throw new YamlEditException($"vaststelling: op regel {value.Location.Line} is geen lijst; maak er een lijst van (- orgaan: ..., datum: ...) en probeer het opnieuw");
        }
        return edits.Apply();
    }

    /// <summary>The edit added exactly one entry with exactly these values, and changed nothing else.</summary>
    private static void Verify(YMapping before, YMapping after, AdoptionEntry entry)
    {
        var old = before.Get(Key) as YSequence;
        var added = after.Get(Key) as YSequence;
        var othersSame = before.Entries.Where(e => e.Key.Value != Key).Select(e => e.Key.Value)
            .SequenceEqual(after.Entries.Where(e => e.Key.Value != Key).Select(e => e.Key.Value))
            && before.Entries.Where(e => e.Key.Value != Key).All(e => YamlEquality.Same(e.Value, after.Get(e.Key.Value)));
        var oldItems = old?.Items ?? [];
        var listSame = added is not null && added.Items.Count == oldItems.Count + 1
            && oldItems.Zip(added.Items).All(p => YamlEquality.Same(p.First, p.Second))
            && Matches(added.Items[^1], entry);
        if (!othersSame || !listSame)
        {
            throw new YamlEditException("PlanGen kan vaststelling: in dit bestand niet veilig aanvullen (de schrijfwijze wijkt af); voeg de regel met de hand toe");
        }
    }

    private static bool Matches(YNode node, AdoptionEntry entry)
    {
        if (node is not YMapping map)
        {
            return false;
        }
        var expected = new List<(string Key, string Value)> { ("orgaan", entry.Orgaan), ("datum", Date(entry.Datum)) };
        if (entry.Toelichting is { Length: > 0 } note)
        {
            expected.Add(("toelichting", note));
        }
        if (entry.Versie is { Length: > 0 } version)
        {
            expected.Add(("versie", version));
        }
        if (entry.Schooljaar is { Length: > 0 } year)
        {
            expected.Add(("schooljaar", year));
        }
        var scalars = map.Entries.Where(e => e.Key.Value != "wijzigingen").Select(e => (e.Key.Value, (e.Value as YScalar)?.Value ?? "\0")).ToList();
        var changes = map.Get("wijzigingen") is YSequence list ? list.Items.Select(i => (i as YScalar)?.Value).ToList() : [];
        return scalars.SequenceEqual(expected) && changes.SequenceEqual(entry.Wijzigingen);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string BlockItem(AdoptionEntry entry, string dashIndent, string newline)
    {
        var field = dashIndent + "  ";
        var sb = new StringBuilder();
        sb.Append(dashIndent).Append("- orgaan: ").Append(YamlText.Scalar(entry.Orgaan)).Append(newline);
        sb.Append(field).Append("datum: ").Append(Date(entry.Datum)).Append(newline);
        if (entry.Toelichting is { Length: > 0 } note)
        {
            sb.Append(field).Append("toelichting: ").Append(YamlText.Scalar(note)).Append(newline);
        }
        if (entry.Versie is { Length: > 0 } version)
        {
            sb.Append(field).Append("versie: ").Append(YamlText.Quote(version)).Append(newline);
        }
        if (entry.Schooljaar is { Length: > 0 } year)
        {
            sb.Append(field).Append("schooljaar: ").Append(YamlText.Scalar(year)).Append(newline);
        }
        if (entry.Wijzigingen.Count > 0)
        {
            sb.Append(field).Append("wijzigingen:").Append(newline);
            foreach (var change in entry.Wijzigingen)
            {
                sb.Append(field).Append("  - ").Append(YamlText.Scalar(change)).Append(newline);
            }
        }
        return sb.ToString();
    }

    /// <summary>One entry on one line, for a list written as [ {...}, {...} ]: every text quoted (commas and brackets are safe).</summary>
    private static string FlowItem(AdoptionEntry entry)
    {
        var fields = new List<string> { $"orgaan: {YamlText.Quote(entry.Orgaan)}", $"datum: {Date(entry.Datum)}" };
        if (entry.Toelichting is { Length: > 0 } note)
        {
            fields.Add($"toelichting: {YamlText.Quote(note)}");
        }
        if (entry.Versie is { Length: > 0 } version)
        {
            fields.Add($"versie: {YamlText.Quote(version)}");
        }
        if (entry.Schooljaar is { Length: > 0 } year)
        {
            fields.Add($"schooljaar: {YamlText.Quote(year)}");
        }
        if (entry.Wijzigingen.Count > 0)
        {
            fields.Add($"wijzigingen: [{string.Join(", ", entry.Wijzigingen.Select(c => YamlText.Quote(c)))}]");
        }
        return "{" + string.Join(", ", fields) + "}";
    }
}
