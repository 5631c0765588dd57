using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>
/// Duties the Wet vrij en veilig onderwijs (Kamerstuk 36777) would add: incident registration with an
/// owner, a yearly evaluation of the policy, a safety coordinator and a staff safety monitor.
/// Warnings today, errors under regime wvvo.
/// </summary>
internal sealed class WvvoRules : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var registration = data.Incidentregistratie;
        if (registration?.Systeem is null || registration.Eigenaar is null)
        {
            // Say what is missing: the block, the system or only the owner.
            var (at, message, hint) = registration is null
                ? (data.Location, "de incidentregistratie (systeem en eigenaar) is niet beschreven", "vul incidentregistratie: met systeem: en eigenaar: (een rol)")
                : registration.Systeem is null && registration.Eigenaar is null
                    ? (registration.Location, "de incidentregistratie noemt geen systeem en geen eigenaar", "vul onder incidentregistratie: systeem: en eigenaar: (een rol) in")
                    : registration.Systeem is null
                        ? (registration.LocationOf("eigenaar"), "de incidentregistratie noemt niet waar incidenten worden geregistreerd (systeem)", "vul onder incidentregistratie: systeem: in, bijvoorbeeld het leerlingvolgsysteem")
                        : (registration.Location, "de incidentregistratie noemt geen eigenaar (wie de registratie bijhoudt)", "vul onder incidentregistratie: eigenaar: in met een rol, bijvoorbeeld intern begeleider");
            Duty.Report(school, diagnostics, at, Codes.NoIncidentRegistration, message, hint);
        }
        var evaluated = !string.IsNullOrWhiteSpace(data.Teksten?.Evaluatie)
            || school.Years.Any(y => y.Activiteiten.Any(a => a.Wat.Contains("evaluatie", StringComparison.OrdinalIgnoreCase) || a.Wat.Contains("evalueren", StringComparison.OrdinalIgnoreCase)));
        if (!evaluated)
        {
            Duty.Report(school, diagnostics, data.Location, Codes.NoYearlyEvaluation, "er is geen jaarlijkse evaluatie van het veiligheidsbeleid beschreven of gepland",
                "beschrijf teksten: evaluatie: of plan een activiteit 'Evaluatie sociaal veiligheidsplan'");
        }
        if (!data.Rollen.Any(r => r.Rol.Contains("coordinator-sociale-veiligheid")))
        {
            Duty.Report(school, diagnostics, data.LocationOf("rollen"), Codes.NoSafetyCoordinator, "er is geen coördinator sociale veiligheid genoemd",
                "voeg een persoon toe met rol: coordinator-sociale-veiligheid");
        }
        if (!data.Instrumenten.Any(i => i.SocialeVeiligheid && i.Invullers.Any(v => v is "personeel" or "leerkrachten")))
        {
            Duty.Report(school, diagnostics, data.LocationOf("instrumenten"), Codes.NoStaffMonitor, "er is geen monitor van de sociale veiligheid van het personeel",
                "voeg een instrument toe met invullers: personeel en sociale_veiligheid: ja");
        }
    }
}
