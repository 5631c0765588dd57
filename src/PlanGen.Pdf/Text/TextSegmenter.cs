using System.Globalization;
using System.Text;

namespace PlanGen.Pdf.Text;

/// <summary>
/// Cuts styled spans into fragments at line-break opportunities, a practical subset of Unicode
/// UAX #14: after spaces (collapsed), after a hyphen between letters (not in "0900-111"), after a
/// slash before a letter, after a zero-width space. URLs and e-mail addresses break only after
/// '/', '.' and '@' (no hyphen appears at the line end). No-break spaces (U+00A0, U+202F) and the
/// non-breaking hyphen (U+2011) stay inside their word.
/// </summary>
internal static class TextSegmenter
{
    public static List<Fragment> Segment(IEnumerable<TextSpan> spans)
    {
        var result = new List<Fragment>();
        var piece = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.HardBreak)
            {
                Flush(result, piece, span.Style);
                if (result.Count > 0)
                {
                    result[^1].HardBreak = true;
                    result[^1].BreakAfter = true;
                }

                continue;
            }

            var text = span.Text;
            var address = IsAddress(text, 0);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is ' ' or '\t' or '\n' or '\r' or '\u200B')
                {
                    address = IsAddress(text, i + 1);
                    Flush(result, piece, span.Style);
                    if (result.Count > 0 && !result[^1].HardBreak)
                    {
                        result[^1].SpaceAfter |= c != '\u200B';
                        result[^1].BreakAfter = true;
                    }

                    continue;
                }

                piece.Append(c);
                if (address ? AddressBreaksAfter(text, i) : BreaksAfter(text, i))
                {
                    Flush(result, piece, span.Style);
                    result[^1].BreakAfter = true;
                }
            }

            Flush(result, piece, span.Style);
        }

        return result;
    }

    /// <summary>Splits a word that is wider than any line into graphemes, each a break opportunity.</summary>
    public static IEnumerable<Fragment> SplitGraphemes(Fragment fragment)
    {
        var elements = StringInfo.GetTextElementEnumerator(fragment.Text);
        var parts = new List<string>();
        while (elements.MoveNext())
        {
            parts.Add(elements.GetTextElement());
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            yield return new Fragment(parts[i], fragment.Style)
            {
                BreakAfter = !last || fragment.BreakAfter,
                SpaceAfter = last && fragment.SpaceAfter,
                HardBreak = last && fragment.HardBreak,
            };
        }
    }

    /// <summary>A URL or e-mail address starts at <paramref name="start"/> (up to the next space).</summary>
    public static bool IsAddress(string text, int start)
    {
        var end = text.IndexOfAny([' ', '\t', '\n', '\r', '\u200B'], start);
        var word = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (word.IndexOf('@') is > 0 and var at && at < word.Length - 1);
    }

    /// <summary>Addresses break after '/', '.' and '@' before a letter or digit, never after their hyphens (a line-end hyphen would look like part of the address).</summary>
    private static bool AddressBreaksAfter(string text, int i)
    {
        var c = text[i];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c is '/' or '.' or '@' && char.IsLetterOrDigit(after) && (i == 0 || text[i - 1] != '/' || c != '/');
    }

    private static bool BreaksAfter(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (c is '-' or '\u2010' && char.IsLetter(before) && char.IsLetter(after))
            || (c == '/' && before != '/' && i > 0 && char.IsLetter(after));
    }

    private static void Flush(List<Fragment> result, StringBuilder piece, TextStyle style)
    {
        if (piece.Length == 0)
        {
            return;
        }

        result.Add(new Fragment(piece.ToString(), style));
        piece.Clear();
    }
}
