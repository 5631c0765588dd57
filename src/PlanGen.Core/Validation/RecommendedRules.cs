using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>Good practice from LEGAL.md: warnings only (aandachtsfunctionaris, known provider, arbo, FG).</summary>
internal sealed class RecommendedRules : IValidationRule
{
    /// <summary>Providers the Inspectie lists as delivering on the school's behalf.</summary>
    public static readonly string[] KnownProviders =
        ["KiVa", "Kanjertraining", "KanVAS", "SCOL", "Vensters", "WMK", "ZIEN!", "Viseon", "Cito", "ResearchNed", "Veiligheidsmonitor", "Hart & Ziel", "Looqin", "Leerling in Beeld", "Eduscope"];

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var roles = data.Rollen.SelectMany(r => r.Rol).ToHashSet();
        if (!roles.Contains("aandachtsfunctionaris"))
        {
            diagnostics.Warning(data.LocationOf("rollen"), Codes.NoAandachtsfunctionaris, "er is geen aandachtsfunctionaris huiselijk geweld en kindermishandeling genoemd (aanbevolen bij de meldcode)",
                "voeg een persoon toe met rol: aandachtsfunctionaris");
        }
        foreach (var monitor in data.Instrumenten.Where(PupilMonitoringRule.IsPupilMonitor))
        {
            var name = $"{monitor.Aanbieder} {monitor.Naam}";
            // A placeholder of plangen new already has its own error (PG0150).
            if (!Placeholder.Is(monitor.Aanbieder) && !KnownProviders.Any(p => Providers.Mentions(name, p)))
            {
                diagnostics.Warning(monitor.LocationOf(monitor.Aanbieder is null ? "naam" : "aanbieder"), Codes.UnknownProvider,
                    $"'{monitor.Aanbieder ?? monitor.Naam}' staat niet in de lijst van aanbieders die namens de school aan de Inspectie leveren",
                    "controleer of de resultaten bij de Inspectie komen, of kies een bekende aanbieder (zoals KiVa, Kanjertraining, Vensters, WMK, ZIEN!, SCOL)");
            }
        }
        var arbo = new List<string>();
        if (!roles.Contains("bhv"))
        {
            arbo.Add("een bedrijfshulpverlener (rol: bhv)");
        }
        if (!roles.Contains("preventiemedewerker"))
        {
            arbo.Add("een preventiemedewerker");
        }
        if (data.Arbo?.RieDatum is null)
        {
            arbo.Add("de datum van de RI&E (arbo: rie_datum:)");
        }
        if (arbo.Count > 0)
        {
            diagnostics.Warning(data.LocationOf("rollen"), Codes.ArboIncomplete, $"arbo: niet genoemd is {string.Join(", ", arbo)} (Arbowet, plicht van de werkgever)",
                "vul de rollen of het arbo-blok aan");
        }
        if (data.Privacy?.Fg is null)
        {
            diagnostics.Warning(data.Location, Codes.NoDataProtectionOfficer, "er is geen functionaris gegevensbescherming (FG) genoemd (AVG art. 37, op bestuursniveau)",
                "zet privacy: fg: naam: en email: in bestuur.yaml");
        }
    }
}
