using System.Globalization;
using System.Text;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Lifecycle.Adoption;

/// <summary>
/// Adds an entry to <c>vaststelling:</c> in school.yaml as a text edit: after the last entry, in the
/// indentation the file already uses; comments and everything else stay as written.
/// </summary>
public static class AdoptionSplicer
{
    public static string Add(string text, AdoptionEntry entry)
    {
        var root = SpanReader.Read(text) as SpanMapping ?? throw new FormatException("school.yaml is geen blok met velden");
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = new TextEdits(text);
        var key = root.KeyOf("vaststelling");
        var value = root.Get("vaststelling");
        if (key is not null && value is SpanSequence { IsFlow: false, Items.Count: > 0 } list)
        {
            var dashIndent = edits.IndentOf(list.Items[0].Start);
            var last = list.Items[^1];
            var at = edits.LineEnd(last.End);
            var prefix = at == text.Length && !text.EndsWith('\n') ? newline : "";
            edits.Insert(at, prefix + Item(entry, dashIndent, newline));
        }
        else if (key is not null && value is not null)
        {
            // "vaststelling:" with nothing, or "vaststelling: []": the value becomes a block list.
            var colon = text.IndexOf(':', key.End);
            var indent = edits.IndentOf(key.Start) + "  ";
            var end = value is SpanScalar { Value.Length: 0, IsPlain: true } ? colon + 1 : value.End;
            edits.Replace(colon + 1, end, newline + Item(entry, indent, newline).TrimEnd('\r', '\n'));
        }
        else
        {
            var after = root.Get("visie") ?? root.Get("school") ?? root.Entries[^1].Value;
            var at = edits.LineEnd(after.End);
            var prefix = at == text.Length && !text.EndsWith('\n') ? newline : "";
            edits.Insert(at, $"{prefix}{newline}vaststelling:{newline}{Item(entry, "  ", newline)}");
        }
        return edits.Apply();
    }

    private static string Item(AdoptionEntry entry, string dashIndent, string newline)
    {
        var field = dashIndent + "  ";
        var sb = new StringBuilder();
        sb.Append(dashIndent).Append("- orgaan: ").Append(YamlText.Scalar(entry.Orgaan)).Append(newline);
        sb.Append(field).Append("datum: ").Append(entry.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(newline);
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
            sb.Append(field).Append("schooljaar: ").Append(year).Append(newline);
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
}
