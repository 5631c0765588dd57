using System.Globalization;
using System.Text;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Text that no document can hold, caught at load time with its place: control characters and
/// noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF, ...), in the file or written as an escape
/// ("\uFFFE"), and Markdown nested so deep (lists in lists, quotes in quotes) that no writer can lay it out.
/// </summary>
internal static class TextChecks
{
    /// <summary>Lists and quotes inside each other; a real plan uses three or four.</summary>
    public const int MaxNesting = 32;

    private const int MaxReported = 5;

    private const string Hint = "verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar";

    /// <summary>False (reported, with line and column) when the file holds a character YAML or a document cannot hold.</summary>
    public static bool Characters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var (line, column, reported) = (1, 1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, column) = (line + 1, 1);
                continue;
            }
            var rune = char.IsHighSurrogate(c) && i + 1 < text.Length ? new Rune(c, text[i + 1]) : Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
            if (IsForbidden(rune, allowLineBreaks: true) && reported++ < MaxReported)
            {
                diagnostics.Error(new SourceLocation(displayPath, line, column), Codes.UnreadableFile, $"hier staat een ongeldig teken ({Describe(rune)}); PlanGen kan het in geen enkel document zetten", Hint);
            }
            i += rune.Utf16SequenceLength - 1;
            column += rune.Utf16SequenceLength;
        }
        return reported == 0;
    }

    /// <summary>A scalar's value: escapes may still produce forbidden characters, and text may be nested too deep.</summary>
    public static void Check(YScalar scalar, DiagnosticBag diagnostics)
    {
        var value = scalar.Value;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsForbidden(rune, allowLineBreaks: true))
            {
                diagnostics.Error(scalar.Location, Codes.UnreadableFile, $"deze tekst bevat een ongeldig teken ({Describe(rune)}), bijvoorbeeld via een code als \\u{rune.Value:X4}; PlanGen kan het in geen enkel document zetten", Hint);
                break;
            }
        }
        if (value.Length > 2 * MaxNesting && Nesting(value) is var depth && depth > MaxNesting)
        {
            diagnostics.Error(scalar.Location, Codes.InputLimit, $"deze tekst is te diep genest: {depth} lijsten of citaten (>) in elkaar, maximaal {MaxNesting}", "schrijf de tekst met hooguit een paar niveaus; een opsomming in een opsomming is genoeg");
        }
    }

    /// <summary>The deepest line: its list and quote markers plus its indentation in steps of two.</summary>
    public static int Nesting(string value)
    {
        var deepest = 0;
        foreach (var line in value.Split('\n'))
        {
            var (at, indent) = (0, 0);
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                indent += line[at++] == '\t' ? 4 : 1;
            }
            var markers = 0;
            while (at < line.Length)
            {
                var next = at;
                if (line[at] == '>')
                {
                    next = at + 1;
                }
                else if (line[at] is '-' or '+' or '*' && at + 1 < line.Length && line[at + 1] is ' ' or '\t')
                {
                    next = at + 2;
                }
                else if (char.IsAsciiDigit(line[at]))
                {
                    var end = at;
                    while (end < line.Length && end - at < 9 && char.IsAsciiDigit(line[end]))
                    {
                        end++;
                    }
                    if (end + 1 < line.Length && line[end] is '.' or ')' && line[end + 1] is ' ' or '\t')
                    {
                        next = end + 2;
                    }
                }
                if (next == at)
                {
                    break;
                }
                markers++;
                at = next;
                while (at < line.Length && line[at] is ' ' or '\t')
                {
                    at++;
                }
            }
            deepest = Math.Max(deepest, markers + indent / 2);
        }
        return deepest;
    }

    /// <summary>YAML's printable set, without the noncharacters: C0 and C1 controls (but tab and line ends), DEL, U+FFFE/U+FFFF and friends.</summary>
    public static bool IsForbidden(Rune rune, bool allowLineBreaks)
    {
        var v = rune.Value;
        if (v is '\t' || allowLineBreaks && v is '\n' or '\r')
        {
            return false;
        }
        return v < 0x20 || v is >= 0x7F and <= 0x9F && v != 0x85 || v is >= 0xFDD0 and <= 0xFDEF || (v & 0xFFFE) == 0xFFFE;
    }

    private static string Describe(Rune rune) =>
        rune.Value < 0x20 || rune.Value is >= 0x7F and <= 0x9F
            ? $"het stuurteken U+{rune.Value:X4}"
            : $"U+{rune.Value:X4}, een 'niet-teken' dat in Unicode nooit tekst is";
}
