using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// An example value of <c>plangen new</c> that was never replaced (see <see cref="Placeholder"/>) is an
/// error, with the line it is on: a plan must not be adopted or published with "VUL IN" in it.
/// </summary>
internal sealed class PlaceholderRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<SourceLocation>();
        foreach (var field in TextFields.Of(school))
        {
            Report(field.Node, field.Key, field.Text, diagnostics, seen);
        }
    }

    private static void Report(ModelNode node, string key, string text, DiagnosticBag diagnostics, HashSet<SourceLocation> seen)
    {
        var at = node.LocationOf(key);
        // One message per place: a board value is shared by every school, a list by its items.
        if (!Placeholder.Is(text) || !seen.Add(at))
        {
            return;
        }
        var shown = text.Trim().ReplaceLineEndings(" ");
        diagnostics.Error(at, Codes.Placeholder, $"{key}: hier staat nog een voorbeeldwaarde van plangen new ('{(shown.Length > 70 ? shown[..70] + "..." : shown)}')",
            "vervang de hele tekst, met 'VUL IN' erbij, door de echte gegevens van de school");
    }
}
