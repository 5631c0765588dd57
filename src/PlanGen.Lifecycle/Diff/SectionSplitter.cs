using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// Cuts rendered Markdown (docs/markdown.md) into sections at its headings and each section into
/// paragraphs, list items and table rows. Front matter, container fences and table headers are skipped.
/// </summary>
public static partial class SectionSplitter
{
    public static IReadOnlyList<DocSection> Split(string markdown, Func<string, string>? normalize = null)
    {
        normalize ??= s => s;
        var lines = StripFrontMatter(markdown.Replace("\r\n", "\n")).Split('\n');
        var sections = new List<DocSection>();
        var heading = "(begin)";
        var items = new List<DocItem>();
        var paragraph = new StringBuilder();
        string? listItem = null;
        var tableRow = 0;

        void FlushText()
        {
            if (paragraph.Length > 0)
            {
                items.Add(Item(ItemKind.Paragraph, paragraph.ToString().Trim(), normalize));
                paragraph.Clear();
            }
            if (listItem is not null)
            {
                items.Add(Item(ItemKind.ListItem, listItem, normalize));
                listItem = null;
            }
        }

        void FlushSection()
        {
            FlushText();
            if (items.Count > 0 || heading != "(begin)")
            {
                sections.Add(new DocSection(heading, SectionKey(heading, normalize), items));
            }
            items = [];
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (Heading().Match(line) is { Success: true } h)
            {
                FlushSection();
                heading = h.Groups[1].Value.Trim();
                tableRow = 0;
                continue;
            }
            if (trimmed.Length == 0 || trimmed.StartsWith(":::", StringComparison.Ordinal) || trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                FlushText();
                tableRow = 0;
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                FlushText();
                tableRow++;
                if (tableRow > 2)
                {
                    items.Add(Item(ItemKind.TableRow, trimmed, normalize));
                }
                continue;
            }
            if (ListMarker().Match(line) is { Success: true } marker)
            {
                FlushText();
                listItem = line[marker.Length..].Trim();
                continue;
            }
            if (listItem is not null && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                listItem += " " + trimmed;
                continue;
            }
            if (listItem is not null)
            {
                FlushText();
            }
            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(trimmed);
        }
        FlushSection();
        return sections;
    }

    /// <summary>Heading text without its number ("3.2 Vaststelling" → "Vaststelling"), so renumbering is no change.</summary>
    private static string SectionKey(string heading, Func<string, string> normalize) =>
        normalize(Number().Replace(heading, ""));

    private static DocItem Item(ItemKind kind, string markdown, Func<string, string> normalize)
    {
        var text = PlainText.Of(markdown, kind == ItemKind.TableRow);
        var key = kind == ItemKind.TableRow ? normalize(FirstCell(markdown)) : normalize(text);
        return new DocItem(kind, markdown, text, key, normalize(text));
    }

    private static string FirstCell(string row) => PlainText.Of(row.Trim('|').Split('|')[0], false);

    private static string StripFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return markdown;
        }
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+")]
    private static partial Regex Number();
}
