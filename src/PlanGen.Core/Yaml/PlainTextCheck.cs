using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// A text over several lines without | is folded into one line by YAML: blank lines between
/// paragraphs and the lines of a list silently disappear. Warn where that changes what the director meant.
/// </summary>
internal sealed partial class PlainTextCheck(string text, DiagnosticBag diagnostics)
{
    private string[]? lines;

    public void Check(YScalar scalar, int endLine)
    {
        lines ??= text.Replace("\r\n", "\n").Split('\n');
        var start = scalar.Location.Line;
        var following = lines.Skip(start).Take(Math.Max(0, endLine - start)).ToList();
        var key = SyntaxDiagnosis.KeyOn(lines[start - 1]) ?? "tekst";
        var hint = $"begin een tekst van meer regels met '{key}: |' en zet de tekst eronder, ingesprongen; dan blijven regels en alinea's staan";
        if (following.Any(l => l.Trim().Length == 0) && scalar.Value.Contains('\n'))
        {
            diagnostics.Warning(scalar.Location, Codes.PlainTextLayout, "deze tekst van meer alinea's begint niet met |; de alinea's worden samengevoegd tot één", hint);
        }
        else if (following.Any(l => ListLine().IsMatch(l)))
        {
            diagnostics.Warning(scalar.Location, Codes.PlainTextLayout, "deze tekst lijkt een opsomming, maar zonder | worden de regels één doorlopende zin", hint);
        }
    }

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s")]
    private static partial Regex ListLine();
}
