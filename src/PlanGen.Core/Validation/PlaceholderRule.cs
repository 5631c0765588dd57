using System.Collections;
using PlanGen.Core.Binding;
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
        Walk(school.Data, diagnostics, seen);
        foreach (var plan in school.Years)
        {
            Walk(plan, diagnostics, seen);
        }
    }

    private static void Walk(ModelNode node, DiagnosticBag diagnostics, HashSet<SourceLocation> seen)
    {
        foreach (var field in FieldSpec.Of(node.GetType()))
        {
            switch (field.Property.GetValue(node))
            {
                case string text:
                    Report(node, field.Name, text, diagnostics, seen);
                    break;
                case ModelNode child:
                    Walk(child, diagnostics, seen);
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is ModelNode element)
                        {
                            Walk(element, diagnostics, seen);
                        }
                        else if (item is string text)
                        {
                            Report(node, field.Name, text, diagnostics, seen);
                        }
                    }
                    break;
            }
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
