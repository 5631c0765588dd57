using System.Text;

namespace PlanGen.Core.Templating;

/// <summary>
/// Values never change a document's structure. Every text a template places comes through here first
/// (see <see cref="ModelView"/>): a plain field becomes literal text (link and HTML syntax and every
/// block marker at a line start backslash-escaped), a Markdown field keeps its lists, emphasis and links
/// but loses the lines that would change the document around it: container fences (<c>:::</c>, which
/// could close a <c>::: intern</c> block), headings, code fences, HTML blocks and comments, setext
/// underlines and link reference definitions.
/// </summary>
public static class MarkdownEscape
{
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>A plain text field: always read as the literal text it is.</summary>
    public static string Text(string value)
    {
        var lines = Lines(value);
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }
            var line = lines[i];
            var start = IndentOf(line);
            sb.Append(line, 0, start);
            var rest = line[start..];
            if (IsPlainBlockStart(rest))
            {
                sb.Append('\\');
            }
            for (var j = 0; j < rest.Length; j++)
            {
                var c = rest[j];
                if (c == '\\' && j + 1 < rest.Length && AsciiPunctuation.Contains(rest[j + 1]))
                {
                    sb.Append('\\');
                }
                else if (c == '<')
                {
                    // An entity, not "\<": a bare URL just before would swallow the backslash and leave the tag.
                    sb.Append("&lt;");
                    continue;
                }
                else if (c is '[' or ']' or '`' || c == '&' && j + 1 < rest.Length && (char.IsAsciiLetter(rest[j + 1]) || rest[j + 1] == '#'))
                {
                    sb.Append('\\');
                }
                else if (c is '.' or ')' && j > 0 && IsOrderedMarker(rest, j))
                {
                    sb.Append('\\');
                }
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A free Markdown field: usable as Markdown, but its structure-changing lines and HTML are neutralised.</summary>
    public static string Markdown(string value)
    {
        var lines = Lines(value);
        var kept = BalancedFences(lines);
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }
            var line = lines[i];
            if (kept.Contains(i))
            {
                // The fences of the value's own "::: intern" pair go, its text stays: that is what the internal
                // edition shows (the public edition removed the whole block before rendering). Kept as a
                // container it would not nest: Markdig closes every open ":::" block at the first ":::" line.
                continue;
            }
            // Lists and quotes stay, but what follows their markers is a line start too ("- # kop", "> :::").
            var start = IsStructureLine(line[IndentOf(line)..]) ? IndentOf(line) : ContainerPrefix(line);
            sb.Append(line, 0, start);
            var rest = line[start..];
            if (IsStructureLine(rest))
            {
                sb.Append('\\');
            }
            for (var j = 0; j < rest.Length; j++)
            {
                // Raw HTML (tags, comments, autolinks) shows differently per format: always literal text.
                if (rest[j] == '<')
                {
                    sb.Append("&lt;");
                    continue;
                }
                sb.Append(rest[j]);
            }
        }
        return sb.ToString();
    }

    /// <summary>The original text of a value escaped with <see cref="Text"/> (for functions that build links from it).</summary>
    public static string Unescape(string escaped)
    {
        var sb = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (string.CompareOrdinal(escaped, i, "&lt;", 0, 4) == 0)
            {
                sb.Append('<');
                i += 3;
                continue;
            }
            if (escaped[i] == '\\' && i + 1 < escaped.Length && AsciiPunctuation.Contains(escaped[i + 1]))
            {
                i++;
            }
            sb.Append(escaped[i]);
        }
        return sb.ToString();
    }

    /// <summary>A link destination that stays one destination: spaces, brackets, quotes and control characters percent-encoded.</summary>
    public static string Url(string url)
    {
        var sb = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            if (c is ' ' or '(' or ')' or '<' or '>' or '[' or ']' or '\\' or '"' or '\'' or '`' || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    sb.Append('%').Append(b.ToString("X2"));
                }
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Line ends as Markdig sees them (CR, LF, CRLF) become one LF, so no line can hide from the checks.</summary>
    private static string[] Lines(string value) => value.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>
    /// Fence lines of a Markdown text that open and close a block inside the text itself ("::: intern" ... ":::"),
    /// at the line start and with equal colons: the school's own private paragraph, whose fences are dropped.
    /// </summary>
    private static HashSet<int> BalancedFences(string[] lines)
    {
        var kept = new HashSet<int>();
        var open = new Stack<(int Line, int Colons)>();
        for (var i = 0; i < lines.Length; i++)
        {
            // Only fences at the line start: an indented one may belong to a list item that its closer is outside of.
            var fence = lines[i].TrimEnd();
            if (!fence.StartsWith(":::", StringComparison.Ordinal))
            {
                continue;
            }
            var colons = fence.Length - fence.TrimStart(':').Length;
            var name = fence.TrimStart(':').Trim();
            if (name.Length > 0 && name.All(char.IsAsciiLetterLower))
            {
                open.Push((i, colons));
            }
            else if (name.Length == 0 && open.Count > 0 && open.Peek().Colons == colons)
            {
                kept.Add(open.Pop().Line);
                kept.Add(i);
            }
            else
            {
                // A closer that does not match the innermost opener: nothing after it can be trusted to pair up.
                open.Clear();
            }
        }
        return kept;
    }

    /// <summary>Length of the indentation plus any quote and list markers at the start of a line.</summary>
    private static int ContainerPrefix(string line)
    {
        var at = IndentOf(line);
        while (at < line.Length)
        {
            var next = at;
            if (line[at] == '>')
            {
                next = at + 1;
            }
            else if (line[at] is '-' or '+' or '*' && at + 1 < line.Length && line[at + 1] is ' ' or '\t' && !string.IsNullOrWhiteSpace(line[(at + 1)..]))
            {
                // An empty item ("> -") is not a container: after a paragraph it is a setext underline, so it stays a line to check.
                next = at + 1;
            }
            else if (char.IsAsciiDigit(line[at]))
            {
                var end = at;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }
                if (end < line.Length && line[end] is '.' or ')' && (end + 1 == line.Length || line[end + 1] is ' ' or '\t'))
                {
                    next = end + 1;
                }
            }
            if (next == at)
            {
                break;
            }
            at = next + IndentOf(line[next..]);
        }
        return at;
    }

    private static int IndentOf(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// What Markdown may read as the start of a block in a plain text: heading, quote, list, table, rule,
    /// setext underline, container fence. (Brackets, angle brackets and backticks are escaped wherever they are.)
    /// </summary>
    private static bool IsPlainBlockStart(string rest) => rest.Length > 0 && "#>|+-*=_~:".Contains(rest[0]);

    /// <summary>Lines of a Markdown text that change the document around it: fences, headings, code fences, setext underlines and rules, link definitions.</summary>
    private static bool IsStructureLine(string rest)
    {
        var trimmed = rest.TrimEnd();
        return rest.StartsWith(":::", StringComparison.Ordinal)
            || rest.StartsWith('#')
            || rest.StartsWith("```", StringComparison.Ordinal) || rest.StartsWith("~~~", StringComparison.Ordinal)
            || trimmed.Length > 0 && trimmed.All(c => c == '=')
            || trimmed.Length > 0 && trimmed.All(c => c is '-' or ' ')
            || trimmed.Length >= 3 && trimmed.All(c => c is '*' or '_' or ' ') && trimmed.Distinct().Count(c => c != ' ') == 1
            || rest.StartsWith('[') && rest.Contains("]:", StringComparison.Ordinal);
    }

    /// <summary>"12." or "3)" at the start of a line would begin a numbered list.</summary>
    private static bool IsOrderedMarker(string rest, int at) =>
        at <= 9 && rest[..at].All(char.IsAsciiDigit) && (at + 1 == rest.Length || rest[at + 1] == ' ');
}
