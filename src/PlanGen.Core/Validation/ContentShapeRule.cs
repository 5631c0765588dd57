using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>
/// Content whose shape has a choice: a task has a rol or an own taak, a rule set has regels or rubrieken,
/// a protocol has steps, a text or a link,
/// an instrument's frequentie is one PlanGen understands and its vanaf is a school year.
/// </summary>
public sealed class ContentShapeRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        foreach (var role in data.Rollen.Where(r => r.Rol.Count == 0 && string.IsNullOrWhiteSpace(r.Taak) && !r.FieldLocations.ContainsKey("rol")))
        {
            diagnostics.Error(role.Location, Codes.RequiredMissing, "het veld 'rol' ontbreekt",
                "kies een rol uit de vaste lijst (rol: intern begeleider) of beschrijf een eigen taak (taak: Leerkracht)");
        }
        foreach (var set in data.Afspraken.Where(s => s.Regels.Count == 0 && s.Rubrieken.Count == 0 && !s.FieldLocations.ContainsKey("regels")))
        {
            diagnostics.Error(set.Location, Codes.RequiredMissing, $"de afspraken '{set.Titel}' hebben geen regels",
                "zet de regels onder regels: of per rubriek onder rubrieken: (met titel: en regels:)");
        }
        foreach (var protocol in data.Protocollen.Where(p => p.Stappen.Count == 0 && p.Inleiding is null && p.Slot is null && string.IsNullOrWhiteSpace(p.Link)))
        {
            diagnostics.Error(protocol.Location, Codes.RequiredMissing, $"het protocol '{protocol.Naam}' heeft geen stappen, tekst of link",
                "geef de stappen (stappen:), een tekst (inleiding:) of een link: naar het protocol van het bestuur of de school");
        }
        foreach (var instrument in data.Instrumenten)
        {
            if (instrument.Frequentie is { } frequency && SchoolFrequency.Parse(frequency) is null)
            {
                diagnostics.Error(instrument.LocationOf("frequentie"), Codes.BadValue, $"'{frequency}' is geen frequentie die PlanGen begrijpt",
                    $"schrijf een van: {SchoolFrequency.AcceptedForms}");
            }
            if (instrument.Vanaf is { } from && !SchoolYear.TryParse(from, out _))
            {
                diagnostics.Error(instrument.LocationOf("vanaf"), Codes.BadSchoolYear, $"'{from}' is geen schooljaar", "schrijf het schooljaar als 2025-2026");
            }
        }
    }
}
