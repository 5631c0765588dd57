using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// A '#' or '##' heading inside a free text would start a chapter of its own, without a number, and leave
/// the chapter it was written in empty: a warning with the fix (### in the text, or an own chapter).
/// </summary>
public sealed partial class HeadingInTextRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<SourceLocation>();
        foreach (var field in TextFields.Of(school).Where(f => f.Field.Key.Markdown && !f.InList))
        {
            Report(field.Node, field.Key, field.Text, diagnostics, seen);
        }
    }

    private static void Report(ModelNode node, string key, string text, DiagnosticBag diagnostics, HashSet<SourceLocation> seen)
    {
        var inFence = false;
        foreach (var line in text.Split('\n'))
        {
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }
            var heading = inFence ? null : Heading().Match(line);
            if (heading is { Success: true } && seen.Add(node.LocationOf(key)))
            {
                var level = heading.Groups[1].Value;
                diagnostics.Warning(node.LocationOf(key), Codes.HeadingInText,
                    $"{key}: de kop '{line.Trim()}' begint met {level}: zo'n kop wordt een los hoofdstuk zonder nummer",
                    $"schrijf ### (of ####) in plaats van {level}, of maak er een hoofdstuk of paragraaf van onder indeling: (zie 'Je eigen indeling' in docs/yaml-format.md)");
                return;
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}(#{1,2})(?:[ \t]|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();
}
