using System.Reflection;
using PlanGen.Core.Binding;
using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Status;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// What a template sees: every top-level key of the school's data (school, bestuur, visie, rollen, ...)
/// as a global, plus <c>jaarplan</c>, <c>vorig_jaarplan</c> (last school year's plan, or null), <c>schooljaar</c> and <c>document</c>.
/// <c>vaststelling</c> holds only this school year's adoptions; <c>document.status</c> is "concept" or
/// "vastgesteld" and <c>document.vaststellingen</c> the adoption sentences in the right words.
/// </summary>
public sealed class TemplateModel
{
    public TemplateModel(SchoolData data, YearPlan plan, SchoolYear year, string documentTitle, string version, YearPlan? previous = null, PlanStatus? status = null, Edition edition = Edition.Intern)
    {
        Year = year;
        Globals = new ScriptObject();
        // Templates only ever see the model through the view: escaped values (a value can never change
        // the document's structure) and, in the public edition, no private contact details.
        View = new ModelView(edition, data.School.Telefoon);
        foreach (var field in FieldSpec.Of(typeof(SchoolData)))
        {
            Globals.SetValue(field.Name, View.Read(data, field, field.Property.GetValue(data)), readOnly: true);
        }
        if (status is not null)
        {
            Globals.SetValue("vaststelling", status.Adoptions.ToList(), readOnly: true);
        }
        Globals.SetValue("jaarplan", plan, readOnly: true);
        Globals.SetValue("vorig_jaarplan", previous, readOnly: true);
        Globals.SetValue("schooljaar", year.ToString(), readOnly: true);
        var document = new ScriptObject
        {
            ["titel"] = documentTitle,
            ["versie"] = version,
        };
        if (status is not null)
        {
            document["status"] = status.Name;
            document["concept"] = status.IsConcept;
            document["vaststellingen"] = status.Adoptions.Select(Step).ToList();
        }
        Globals.SetValue("document", document, readOnly: true);
    }

    /// <summary>One adoption as the adoption table shows it: stap ("Instemming van de medezeggenschapsraad"), datum, versie, wijzigingen, toelichting (only text beyond the step itself), zin.</summary>
    private ScriptObject Step(Adoption adoption) => new()
    {
        ["stap"] = AdoptionWording.StepPhrase(adoption),
        ["datum"] = adoption.Datum,
        ["versie"] = View.Read(adoption, "versie"),
        ["wijzigingen"] = View.Read(adoption, "wijzigingen"),
        ["toelichting"] = View.Read(adoption, "toelichting", AdoptionWording.ExtraNote(adoption)),
        ["zin"] = AdoptionWording.Sentence(adoption),
    };

    public SchoolYear Year { get; }

    /// <summary>How the template reads the model's nodes (see <see cref="ModelView"/>).</summary>
    public ModelView View { get; }

    public ScriptObject Globals { get; }
}
