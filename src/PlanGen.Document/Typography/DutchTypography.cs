using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Document.Typography;

/// <summary>
/// The Dutch typographic conventions of docs/typografie.md on one run of prose text: curly quotes
/// and apostrophes, en dashes in ranges, times as "8.00–17.00 uur", and (in <see cref="Mode.Print"/>)
/// unbreakable units held together with no-break spaces and non-breaking hyphens.
/// URLs and e-mail addresses inside the text are left exactly as written.
/// </summary>
public static partial class DutchTypography
{
    /// <summary>No-break space: a space a line never breaks at.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Non-breaking hyphen: a hyphen a line never breaks after (DOCX: w:noBreakHyphen).</summary>
    public const char NoBreakHyphen = '\u2011';

    /// <summary>Word joiner: invisible, forbids a break. The DOCX writer puts one after a range's en dash (<see cref="JoinRanges"/>).</summary>
    public const char WordJoiner = '\u2060';

    public const char EnDash = '\u2013';

    public enum Mode
    {
        /// <summary>Only the visible characters (quotes, dashes, times): the Markdown source file.</summary>
        Visible,

        /// <summary>Visible characters plus the invisible no-break characters: every typeset format.</summary>
        Print,
    }

    /// <summary>
    /// Typesets <paramref name="text"/>; <paramref name="previous"/> is the character just before it in
    /// the same paragraph (or '\0' at its start), so a quote after emphasis still faces the right way.
    /// </summary>
    public static string Apply(string text, char previous, Mode mode)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (Match token in Token().Matches(text))
        {
            var phone = token.Groups["phone"].Success;
            if (phone && !IsPhone(token.Value))
            {
                continue;
            }

            result.Append(Prose(text[at..token.Index], Last(result, previous), mode));
            result.Append(phone && mode == Mode.Print
                ? token.Value.Replace(' ', NoBreakSpace).Replace('-', NoBreakHyphen)
                : token.Value);
            at = token.Index + token.Length;
        }

        result.Append(Prose(text[at..], Last(result, previous), mode));
        return result.ToString();
    }

    /// <summary>
    /// True for the en dash of a range between digits ("5–8", "8.00–17.00"): a line never breaks after it.
    /// The tree keeps the plain dash (a PDF or a copied text gets no invisible character); a writer whose
    /// format would break there holds the range together its own way (DOCX: a word joiner, HTML: nowrap).
    /// </summary>
    public static bool IsRangeDash(string text, int i) =>
        text[i] == EnDash && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    /// <summary>The text with a word joiner after every range dash (<see cref="IsRangeDash"/>).</summary>
    public static string JoinRanges(string text)
    {
        if (text.IndexOf(EnDash) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            result.Append(text[i]);
            if (IsRangeDash(text, i))
            {
                result.Append(WordJoiner);
            }
        }

        return result.ToString();
    }

    /// <summary>Removes the invisible no-break characters again (for plain-text uses such as search or metadata).</summary>
    public static string Plain(string text) =>
        text.Replace(NoBreakSpace, ' ').Replace(NoBreakHyphen, '-').Replace(WordJoiner.ToString(), "");

    private static char Last(StringBuilder text, char previous) => text.Length > 0 ? text[^1] : previous;

    private static string Prose(string text, char previous, Mode mode)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var print = mode == Mode.Print;
        var space = print ? NoBreakSpace.ToString() : " ";
        var hyphen = print ? NoBreakHyphen.ToString() : "-";
        var dash = EnDash.ToString();

        // Times first: "08:00-17:00" is a range of times, not of numbers.
        text = TimeRange().Replace(text, m =>
            $"{Time(m.Groups["h1"].Value, m.Groups["m1"].Value)}{dash}{Time(m.Groups["h2"].Value, m.Groups["m2"].Value)}{space}uur");
        text = ColonTime().Replace(text, m =>
            Time(m.Groups["h"].Value, m.Groups["m"].Value) + (m.Groups["uur"].Success ? space + "uur" : m.Groups["range"].Success ? "" : space + "uur"));
        text = SchoolYear().Replace(text, m => int.Parse(m.Groups["b"].Value) == int.Parse(m.Groups["a"].Value) + 1
            ? m.Groups["a"].Value + hyphen + m.Groups["b"].Value
            : m.Groups["a"].Value + dash + m.Groups["b"].Value);
        text = NumberRange().Replace(text, m => m.Groups["a"].Value + dash + m.Groups["b"].Value);
        if (print)
        {
            text = Date().Replace(text, m => m.Value.Replace(' ', NoBreakSpace));
            text = NumericDate().Replace(text, m => m.Value.Replace('-', NoBreakHyphen));
            text = Initials().Replace(text, m => m.Value.Replace(' ', NoBreakSpace));
            text = BeforeNumber().Replace(text, m => m.Groups["word"].Value + NoBreakSpace);
            text = BeforeUnit().Replace(text, m => m.Groups["n"].Value + NoBreakSpace);
            text = Frequency().Replace(text, m => m.Value.Replace(' ', NoBreakSpace));
        }

        return Quotes(text, previous);
    }

    /// <summary>"08", "30" → "8.30": Dutch writes times with a full stop and without a leading zero.</summary>
    private static string Time(string hours, string minutes) => $"{int.Parse(hours)}.{minutes}";

    /// <summary>
    /// A Dutch phone number has 10 digits (11 for 0800/0900 numbers with 7, or +31 with the country code);
    /// a longer run of digits is something else (an account number) and keeps its breaks.
    /// </summary>
    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return value.StartsWith('+') ? digits == 11 : digits is 10 or 11 || (value.StartsWith("0800") || value.StartsWith("0900")) && digits == 8;
    }

    /// <summary>Straight quotes become curly ones: “…” and ‘…’; an apostrophe is always ’ ('t, programma's, '25).</summary>
    private static string Quotes(string text, char previous)
    {
        if (text.IndexOf('"') < 0 && text.IndexOf('\'') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var before = i > 0 ? chars[i - 1] : previous;
            var after = i + 1 < chars.Length ? chars[i + 1] : '\0';
            var opens = Opens(before);
            if (chars[i] == '"')
            {
                chars[i] = opens ? '\u201C' : '\u201D';
            }
            else if (chars[i] == '\'')
            {
                chars[i] = opens && !Elision(chars, i + 1) && !char.IsAsciiDigit(after) ? '\u2018' : '\u2019';
            }
        }

        return new string(chars);
    }

    /// <summary>True where a quote opens: at the start, after a space, an opening bracket or an opening quote.</summary>
    private static bool Opens(char before) =>
        before == '\0' || char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u201C' or '\u2018' or EnDash or '\u2014' or WordJoiner or '/';

    /// <summary>'t, 's, 'n (het, des, een): an apostrophe, never an opening quote.</summary>
    private static bool Elision(char[] chars, int at) =>
        at < chars.Length && chars[at] is 't' or 's' or 'n' or 'T' or 'S' or 'N'
        && (at + 1 == chars.Length || !char.IsLetter(chars[at + 1]));

    /// <summary>
    /// What is not prose: URLs, web and e-mail addresses (left exactly as written) and phone numbers
    /// (held together in print, see <see cref="IsPhone"/>).
    /// </summary>
    [GeneratedRegex(@"(?:https?://|mailto:|www\.)[^\s<>()]*[^\s<>().,;:!?""']|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|(?<phone>(?<![\w+-])(?:\+31[ -]?|0)\d(?:[ -]?\d){6,10}(?![\w-]))", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<![\w.:])(?<h1>[01]?\d|2[0-3])[:.](?<m1>[0-5]\d)\s?[-–]\s?(?<h2>[01]?\d|2[0-3])[:.](?<m2>[0-5]\d)(?:\s?uur\b)?(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();

    /// <summary>A lone "08:30": becomes "8.30 uur" unless a range word follows ("van 08:30 tot 12:00 uur").</summary>
    [GeneratedRegex(@"(?<![\w.:])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\w:])(?:(?<uur>\s?uur\b)|(?=(?<range>\s+(?:tot|en|of)\s)))?", RegexOptions.CultureInvariant)]
    private static partial Regex ColonTime();

    [GeneratedRegex(@"(?<![\w.,/–-])(?<a>(?:19|20)\d\d)\s?[-–]\s?(?<b>(?:19|20)\d\d)(?![\w/–-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SchoolYear();

    /// <summary>"5-8", "1 - 2": a range of numbers, not part of a date, phone number or code.</summary>
    [GeneratedRegex(@"(?<![\w.,/:‑–-])(?<a>\d{1,3})\s?[-–]\s?(?<b>\d{1,3})(?![\w/:‑–-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?: \d{4})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    /// <summary>"25-08-2025", "2025-09-15": a date in figures is one word.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>"K. van der Laan": initials, the tussenvoegsels and the surname stay on one line.</summary>
    [GeneratedRegex(@"\b(?:\p{Lu}\.){1,4}(?: (?:van|de|der|den|het|ten|ter|te|in|la|le|du|da|op|aan|’t|'t))* (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"\b(?<word>art\.|artikel|lid|nr\.|blz\.|p\.|groep|groepen|hoofdstuk|bijlage|stap|fase|schooljaar) (?=\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforeNumber();

    /// <summary>"1 keer per jaar", "eens per twee jaar", "zes maal per schooljaar": one unit, also in a narrow table column.</summary>
    [GeneratedRegex(@"\b(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|eens) (?:keer |maal )?per (?:(?:twee|drie|vier|\d+) )?(?:dag|week|weken|maand|maanden|jaar|jaren|schooljaar|periode|kwartaal|trimester)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"(?<n>\d) (?=(?:uur|%|procent|minuten|min\.|weken|euro)\b|%)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeUnit();
}
