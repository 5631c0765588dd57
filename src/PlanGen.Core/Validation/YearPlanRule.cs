using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>Each activity's moment is a real date or month inside its school year, and named instruments exist.</summary>
internal sealed class YearPlanRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        foreach (var plan in school.Years)
        {
            if (!SchoolYear.TryParse(plan.Schooljaar, out var year))
            {
                continue;
            }
            foreach (var activity in plan.Activiteiten)
            {
                CheckMoment(activity, year, diagnostics);
                if (activity.Instrument is { } name && !school.Data.Instrumenten.Any(i => i.Naam == name))
                {
                    var suggestion = Binding.Suggestions.Closest(name, school.Data.Instrumenten.Select(i => i.Naam));
                    diagnostics.Error(activity.LocationOf("instrument"), Codes.UnknownReference, $"het instrument '{name}' staat niet onder instrumenten: in school.yaml",
                        suggestion is null ? "voeg het instrument toe of corrigeer de naam" : $"bedoelde je '{suggestion}'?");
                }
            }
        }
    }

    private static void CheckMoment(Model.Activity activity, SchoolYear year, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(activity.Wanneer))
        {
            return;
        }
        if (!SchoolMoment.TryParse(activity.Wanneer, year, out var moment))
        {
            diagnostics.Error(activity.LocationOf("wanneer"), Codes.BadDate, $"'{activity.Wanneer}' is geen datum, maand of periode die PlanGen begrijpt",
                $"schrijf {SchoolMoment.AcceptedForms}");
            return;
        }
        if (moment.Date is { } date && !year.Contains(date))
        {
            diagnostics.Error(activity.LocationOf("wanneer"), Codes.BadSchoolYear, $"{activity.Wanneer} valt niet in schooljaar {year}",
                $"kies een datum tussen {year.FirstDay:yyyy-MM-dd} en {year.LastDay:yyyy-MM-dd}, of zet de activiteit in het jaarplan van een ander schooljaar");
        }
    }
}
