using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.TestSupport;

/// <summary>
/// The units docs/typografie.md promises never to split over two lines (phone numbers, dates, school
/// years, group ranges, times, frequencies such as "1 keer per jaar"), found in a document's Markdown
/// with this file's own patterns (not the typography pass's, so a unit the pass misses is still found),
/// and checked against a rendering's lines. Shared (linked) by the PDF, DOCX and browser tests.
/// </summary>
internal static partial class UnbreakableUnits
{
    /// <summary>One unit in the source: what kind it is and its text as a reader sees it (plain spaces and hyphens).</summary>
    public readonly record struct Unit(string Kind, string Text);

    /// <summary>Every unit in the Markdown body (front matter, URLs, e-mail addresses and link targets left out).</summary>
    public static IReadOnlyList<Unit> Find(string markdown)
    {
        var body = FrontMatter().Replace(markdown, "");
        body = Normalise(body);
        body = Address().Replace(body, m => new string(' ', m.Length));
        var units = new List<Unit>();
        foreach (var (kind, pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(body))
            {
                if (kind != "telefoonnummer" || IsPhone(match.Value))
                {
                    units.Add(new Unit(kind, match.Value));
                }
            }
        }

        return units;
    }

    /// <summary>
    /// The units of <paramref name="markdown"/> that the rendering does not show whole on one line as often
    /// as the source has them (a unit split over lines, or over the lines of a table cell, is not whole on any).
    /// </summary>
    public static List<string> Problems(string document, string markdown, IEnumerable<string> renderedLines, out int checkedUnits)
    {
        // Two or more spaces stay two: in pdftotext -layout they are a gap between columns, not a word space.
        var lines = renderedLines.Select(l => Spaces().Replace(Normalise(l), "  ")).ToList();
        var joined = string.Join("\n", lines);
        var problems = new List<string>();
        var units = Find(markdown);
        checkedUnits = units.Count;
        foreach (var group in units.GroupBy(u => u))
        {
            var whole = lines.Sum(l => Count(l, group.Key.Text));
            if (whole < group.Count())
            {
                var split = Split(group.Key.Text).Matches(joined).Select(m => m.Value.Replace("\n", " / ", StringComparison.Ordinal)).Where(s => s.Contains(" / ", StringComparison.Ordinal));
                problems.Add($"{document}: {group.Key.Kind} '{group.Key.Text}' staat {whole} van de {group.Count()} keer heel op één regel"
                    + (split.Any() ? $"; gebroken als '{string.Join("', '", split.Distinct())}'" : " (gebroken binnen een tabelcel of kolom)"));
            }
        }

        return problems;
    }

    /// <summary>Plain characters: no-break space and hyphens as typed, the invisible no-break characters and soft hyphens gone.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u202F' or '\t':
                    result.Append(' ');
                    break;
                case '\u2011' or '\u2010':
                    result.Append('-');
                    break;
                case '\u2060' or '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static int Count(string line, string unit)
    {
        var count = 0;
        for (var at = line.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = line.IndexOf(unit, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The unit with a line break (perhaps after an inserted hyphen) allowed between any two characters.</summary>
    private static Regex Split(string unit) =>
        new(string.Join("(?:-?\n)?", unit.Select(c => Regex.Escape(c.ToString()))), RegexOptions.CultureInvariant);

    /// <summary>10 digits (11 with +31), or an 0800/0900 number of 8; a longer run of digits is an account number.</summary>
    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return value.StartsWith('+') ? digits == 11 : digits is 10 or 11 || (value.StartsWith("0800", StringComparison.Ordinal) || value.StartsWith("0900", StringComparison.Ordinal)) && digits == 8;
    }

    private const string Months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        ("telefoonnummer", new(@"(?<![\w+-])(?:\+31[ -]?|0)\d(?:[ -]?\d){6,10}(?![\w-])", RegexOptions.CultureInvariant)),
        ("datum", new($@"\b\d{{1,2}} (?:{Months})(?: \d{{4}})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        ("datum", new(@"(?<![\w-])\d{1,2}-\d{1,2}-\d{4}\b", RegexOptions.CultureInvariant)),
        ("schooljaar", new(@"\b(?:schooljaar )?(?:19|20)\d\d-(?:19|20)\d\d\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        ("groep", new(@"\bgroep(?:en)? \d+(?:[–-]\d+)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        ("tijd", new(@"\b\d{1,2}\.\d\d(?:–\d{1,2}\.\d\d)? uur\b", RegexOptions.CultureInvariant)),
        ("frequentie", new(@"\b(?:\d+|een|één|twee|drie|vier|vijf|zes|acht|tien|eens) (?:keer |maal )?per (?:(?:twee|drie|vier|\d+) )?(?:dag|week|weken|maand|maanden|jaar|jaren|schooljaar|periode)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
    ];

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatter();

    /// <summary>URLs, e-mail addresses and Markdown link targets: not prose, never typeset.</summary>
    [GeneratedRegex(@"(?:https?://|mailto:|www\.)\S+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
