using System.Reflection;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Status;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// What a template sees: every top-level key of the school's data (school, bestuur, visie, rollen, ...)
/// as a global, plus <c>kaart</c> (the kwaliteitskaart's blocks, card text or derived from the plan, see Card.CardText), <c>jaarplan</c>, <c>vorig_jaarplan</c> (last school year's plan, or null), <c>schooljaar</c> and <c>document</c>.
/// <c>vaststelling</c> holds only this school year's adoptions; <c>document.status</c> is "concept" or
/// "vastgesteld" and <c>document.vaststellingen</c> the adoption sentences in the right words.
/// </summary>
public sealed class TemplateModel
{
    public TemplateModel(SchoolData data, YearPlan plan, SchoolYear year, string documentTitle, string version, YearPlan? previous = null, PlanStatus? status = null)
    {
        Year = year;
        Globals = new ScriptObject();
        // Every block name is present (null when there is nothing to say): strict mode rejects a missing member.
        var card = new ScriptObject();
        foreach (var key in Card.CardText.Keys)
        {
            card[key] = null;
        }

        foreach (var (key, block) in Card.CardText.Derive(data, plan, year, previous))
        {
            card[key] = block;
        }

        // Templates only ever see escaped values: a value can never change the document's structure.
        data = SafeModel.Of(data);
        plan = SafeModel.Of(plan);
        previous = previous is null ? null : SafeModel.Of(previous);
        foreach (var field in FieldSpec.Of(typeof(SchoolData)))
        {
            Globals.SetValue(field.Name, field.Property.GetValue(data), readOnly: true);
        }
        if (status is not null)
        {
            Globals.SetValue("vaststelling", status.Adoptions.ToList(), readOnly: true);
        }
        Globals.SetValue("jaarplan", plan, readOnly: true);
        Globals.SetValue("vorig_jaarplan", previous, readOnly: true);
        Globals.SetValue("schooljaar", year.ToString(), readOnly: true);
        Globals.SetValue("kaart", card, readOnly: true);
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
    private static ScriptObject Step(Adoption adoption) => new()
    {
        ["stap"] = AdoptionWording.StepPhrase(adoption),
        ["datum"] = adoption.Datum,
        ["versie"] = adoption.Versie,
        ["wijzigingen"] = adoption.Wijzigingen,
        ["toelichting"] = AdoptionWording.ExtraNote(adoption),
        ["zin"] = AdoptionWording.Sentence(adoption),
    };

    public SchoolYear Year { get; }

    public ScriptObject Globals { get; }
}
