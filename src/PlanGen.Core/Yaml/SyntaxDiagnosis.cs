using System.Text.RegularExpressions;

namespace PlanGen.Core.Yaml;

/// <summary>One explained syntax error: where the real cause is, what it is and how to fix it (Dutch).</summary>
internal sealed record SyntaxExplanation(int Line, int Column, string Message, string Hint);

/// <summary>
/// Finds the real cause of a YAML syntax error from the source text around the parser's position.
/// The parser's own sentence is English and often points at the line after the mistake; directors
/// make a handful of mistakes (tab, missing space after a colon, colon in a text, quotes, indentation,
/// a list or paragraphs without |), so each is recognised from the text and explained in Dutch.
/// </summary>
internal static partial class SyntaxDiagnosis
{
    public static SyntaxExplanation Explain(string text, string parserMessage, int line, int column)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        line = Math.Clamp(line, 1, lines.Length);
        return Tab(lines, line)
            ?? UnclosedQuote(lines, line, parserMessage)
            ?? ApostropheInSingleQuotes(lines, line)
            ?? SpecialFirstCharacter(lines, line, parserMessage)
            ?? NoSpaceAfterColon(lines, line)
            ?? MissingColon(lines, line)
            ?? ListWithoutPipe(lines, line)
            ?? ColonInText(lines, line, column)
            ?? TooDeep(lines, line)
            ?? TooShallow(lines, line)
            ?? new SyntaxExplanation(line, column, $"deze regel is geen geldige YAML: {YamlMessages.Translate(parserMessage)}", YamlMessages.HintFor(text, line));
    }

    /// <summary>The key of a line such as <c>  - naam: waarde</c>, or null.</summary>
    public static string? KeyOn(string line) => KeyLine().Match(line) is { Success: true } m ? m.Groups["key"].Value : null;

    private static SyntaxExplanation? Tab(string[] lines, int line)
    {
        for (var i = 0; i < Math.Min(lines.Length, line + 1); i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                return new(i + 1, tab + 1, "deze regel springt in met een tab; YAML kent alleen spaties om in te springen",
                    "vervang de tab door spaties, twee per niveau");
            }
        }
        return null;
    }

    private static SyntaxExplanation? UnclosedQuote(string[] lines, int line, string message)
    {
        if (!message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        for (var i = line - 1; i >= 0; i--)
        {
            if (ValueOf(lines[i]) is { } value && value.Text.Length > 0 && value.Text[0] is '"' or '\'')
            {
                var quote = value.Text[0];
                if (value.Text.Length == 1 || value.Text.TrimEnd()[^1] != quote)
                {
                    return new(i + 1, value.Column, $"het aanhalingsteken {quote} aan het begin van deze tekst wordt nergens afgesloten",
                        $"zet aan het eind van de tekst ook een {quote}, of laat het aanhalingsteken aan het begin weg");
                }
            }
        }
        return null;
    }

    private static SyntaxExplanation? ApostropheInSingleQuotes(string[] lines, int line)
    {
        foreach (var i in new[] { line - 1, line - 2 }.Where(i => i >= 0))
        {
            if (ValueOf(lines[i]) is { } value && SingleQuotedWithApostrophe().IsMatch(value.Text))
            {
                var inner = value.Text.Trim()[1..^1];
                return new(i + 1, value.Column, "deze tekst staat tussen enkele aanhalingstekens (') en bevat zelf een apostrof; daar houdt de tekst voor YAML op",
                    $"zet de tekst tussen dubbele aanhalingstekens: {KeyOn(lines[i])}: \"{inner}\"");
            }
        }
        return null;
    }

    private static SyntaxExplanation? SpecialFirstCharacter(string[] lines, int line, string message)
    {
        if (ValueOf(lines[line - 1]) is not { } value || value.Text.Length == 0 || value.Text[0] is not ('*' or '&' or '!' or '@' or '`' or '%'))
        {
            return null;
        }
        var hint = $"zet de hele tekst tussen aanhalingstekens: {KeyOn(lines[line - 1]) ?? "veld"}: \"{value.Text.TrimEnd()}\"";
        return new(line, value.Column, $"deze tekst begint met '{value.Text[0]}', en dat teken heeft in YAML een eigen betekenis", hint);
    }

    private static SyntaxExplanation? NoSpaceAfterColon(string[] lines, int line)
    {
        foreach (var i in new[] { line - 1, line - 2 }.Where(i => i >= 0))
        {
            var match = KeyWithoutSpace().Match(lines[i]);
            if (match.Success && !lines[i].Contains("://", StringComparison.Ordinal))
            {
                var key = match.Groups["key"].Value;
                var colon = match.Groups["key"].Index + key.Length;
                return new(i + 1, colon + 2, $"na de dubbele punt van '{key}' ontbreekt een spatie",
                    $"zet een spatie na de dubbele punt: {key}: {lines[i][(colon + 1)..].Trim()}");
            }
        }
        return null;
    }

    /// <summary><c>naam OBS Test</c> followed by a field: the parser only notices on the next line.</summary>
    private static SyntaxExplanation? MissingColon(string[] lines, int line)
    {
        if (Previous(lines, line - 1) is not { } previous || KeyOn(lines[line - 1]) is null)
        {
            return null;
        }
        var text = lines[previous];
        if (Indent(text) != Indent(lines[line - 1]) || text.Contains(':') || text.TrimStart().StartsWith('-') || text.TrimStart().StartsWith('#'))
        {
            return null;
        }
        var words = text.Trim().Split(' ', 2);
        var hint = words.Length == 2 ? $"schrijf de veldnaam met een dubbele punt en een spatie: {words[0]}: {words[1]}" : $"schrijf een dubbele punt achter de veldnaam: {words[0]}:";
        return new(previous + 1, Indent(text) + 1, "op deze regel ontbreekt de dubbele punt achter de veldnaam", hint);
    }

    /// <summary>A plain text whose next lines start with '-': YAML reads a list or a field, not text.</summary>
    private static SyntaxExplanation? ListWithoutPipe(string[] lines, int line)
    {
        var current = lines[line - 1];
        if (!current.TrimStart().StartsWith("- ", StringComparison.Ordinal) || Previous(lines, line - 1) is not { } previous)
        {
            return null;
        }
        int? owner = previous;
        while (owner is { } o && lines[o].TrimStart().StartsWith("- ", StringComparison.Ordinal) && Indent(lines[o]) == Indent(current))
        {
            owner = Previous(lines, o);
        }
        if (owner is null)
        {
            return null;
        }
        if (ValueOf(lines[owner.Value]) is not { } value || value.Text.Length == 0 || value.Text[0] is '|' or '>' || Indent(current) <= Indent(lines[owner.Value]))
        {
            return null;
        }
        var key = KeyOn(lines[owner.Value]);
        return new(owner.Value + 1, value.Column, $"de tekst van '{key}' loopt door op de volgende regels met een opsomming ('- '), maar begint niet met |",
            $"begin een tekst van meer regels met '{key}: |' en zet de tekst eronder, ingesprongen");
    }

    private static SyntaxExplanation? ColonInText(string[] lines, int line, int column)
    {
        var text = lines[line - 1];
        var match = KeyLine().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var value = match.Groups["rest"];
        var colon = value.Value.IndexOf(':');
        if (colon < 0 || (colon + 1 < value.Value.Length && value.Value[colon + 1] != ' '))
        {
            return null;
        }
        var key = match.Groups["key"].Value;
        return new(line, value.Index + colon + 1, "deze tekst bevat een dubbele punt (:), en YAML leest dat als het begin van een nieuw veld",
            $"zet de tekst tussen aanhalingstekens: {key}: \"{value.Value.Trim()}\"");
    }

    private static SyntaxExplanation? TooDeep(string[] lines, int line)
    {
        var text = lines[line - 1];
        if (KeyOn(text) is not { } key || Previous(lines, line - 1) is not { } previous || KeyOn(lines[previous]) is not { } above)
        {
            return null;
        }
        var aboveColumn = ContentIndent(lines[previous]);
        if (Indent(text) <= aboveColumn || ValueOf(lines[previous]) is not { Text.Length: > 0 })
        {
            return null;
        }
        return new(line, Indent(text) + 1, $"'{key}:' springt verder in dan '{above}:' erboven",
            $"laat '{key}:' recht onder '{above}:' beginnen, {aboveColumn} spaties ingesprongen");
    }

    private static SyntaxExplanation? TooShallow(string[] lines, int line)
    {
        var text = lines[line - 1];
        if (KeyOn(text) is not { } key || Previous(lines, line - 1) is not { } previous || KeyOn(lines[previous]) is not { } above)
        {
            return null;
        }
        var aboveColumn = ContentIndent(lines[previous]);
        var indent = Indent(text) + (text.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? 2 : 0);
        if (indent >= aboveColumn)
        {
            return null;
        }
        return new(line, Indent(text) + 1, $"'{key}:' springt minder ver in dan '{above}:' erboven, en hoort zo bij geen enkel blok",
            $"laat '{key}:' recht onder '{above}:' beginnen, {aboveColumn} spaties ingesprongen");
    }

    /// <summary>The value after "key: " or "- " on a line, with its 1-based column.</summary>
    private static (string Text, int Column)? ValueOf(string line)
    {
        var match = KeyLine().Match(line);
        if (match.Success)
        {
            var rest = match.Groups["rest"];
            var trimmed = rest.Value.TrimStart();
            return (trimmed.TrimEnd(), rest.Index + rest.Value.Length - trimmed.Length + 1);
        }
        var item = Item().Match(line);
        return item.Success ? (item.Groups["value"].Value.TrimEnd(), item.Groups["value"].Index + 1) : null;
    }

    private static int? Previous(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                return i;
            }
        }
        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Where a line's key starts: after the indentation and any "- ".</summary>
    private static int ContentIndent(string line)
    {
        var match = KeyLine().Match(line);
        return match.Success ? match.Groups["key"].Index : Indent(line);
    }

    [GeneratedRegex(@"^(?<indent> *)(?:- +)?(?<key>[\p{L}_][\p{L}\d_\-]*?):(?<rest>(?: .*)?)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^ *(?:- +)?(?<key>[\p{L}_][\p{L}\d_\-]*):(?! |$)")]
    private static partial Regex KeyWithoutSpace();

    [GeneratedRegex(@"^ *- +(?<value>.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^'[^']*'[^'\s#,\]}][^']*'\s*$")]
    private static partial Regex SingleQuotedWithApostrophe();
}
