using System.Reflection;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// What a template sees: every top-level key of the school's data (school, bestuur, visie, rollen, ...)
/// as a global, plus <c>jaarplan</c>, <c>vorig_jaarplan</c> (last school year's plan, or null), <c>schooljaar</c> and <c>document</c>.
/// </summary>
public sealed class TemplateModel
{
    public TemplateModel(SchoolData data, YearPlan plan, SchoolYear year, string documentTitle, string version, YearPlan? previous = null)
    {
        Year = year;
        Globals = new ScriptObject();
        foreach (var field in FieldSpec.Of(typeof(SchoolData)))
        {
            Globals.SetValue(field.Name, field.Property.GetValue(data), readOnly: true);
        }
        Globals.SetValue("jaarplan", plan, readOnly: true);
        Globals.SetValue("vorig_jaarplan", previous, readOnly: true);
        Globals.SetValue("schooljaar", year.ToString(), readOnly: true);
        var document = new ScriptObject
        {
            ["titel"] = documentTitle,
            ["versie"] = version,
        };
        Globals.SetValue("document", document, readOnly: true);
    }

    public SchoolYear Year { get; }

    public ScriptObject Globals { get; }
}
