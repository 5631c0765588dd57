using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// WPO art. 4c lid 1b and the Inspectie's delivery rules: an instrument with which pupils report their
/// safety every year, a planned moment in each school year, consent to deliver the results, and the
/// delivery planned before 1 July.
/// </summary>
internal sealed class PupilMonitoringRule : IValidationRule
{
    public static bool IsPupilMonitor(Instrument i) => i.SocialeVeiligheid && i.Invullers.Contains("leerlingen") && i.PerJaar is null or >= 1
        && SchoolFrequency.Parse(i.Frequentie) is null or { Yearly: true };

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var monitors = data.Instrumenten.Where(IsPupilMonitor).ToList();
        if (monitors.Count == 0)
        {
            diagnostics.Error(data.LocationOf("instrumenten"), Codes.NoPupilMonitoring,
                "er is geen instrument waarmee leerlingen jaarlijks hun sociale veiligheid invullen (verplicht, WPO art. 4c)",
                "voeg onder instrumenten: een vragenlijst toe met invullers: leerlingen, per_jaar: 1 (of meer) en sociale_veiligheid: ja");
            return;
        }
        if (!monitors.Any(m => m.ToestemmingLevering))
        {
            diagnostics.Error(monitors[0].Location, Codes.NoDeliveryConsent,
                $"bij {monitors[0].Naam} is niet vastgelegd dat de resultaten aan de Inspectie geleverd mogen worden (verplicht, Inspectie: monitor sociale veiligheid)",
                "regel de toestemming bij de aanbieder en zet toestemming_levering: ja");
        }
        foreach (var plan in school.Years)
        {
            CheckYear(plan, monitors, diagnostics);
        }
    }

    private static void CheckYear(YearPlan plan, List<Instrument> monitors, DiagnosticBag diagnostics)
    {
        if (!SchoolYear.TryParse(plan.Schooljaar, out var year))
        {
            return;
        }
        var at = plan.LocationOf("activiteiten");
        if (!plan.Activiteiten.Any(a => monitors.Any(m => m.Naam == a.Instrument)))
        {
            diagnostics.Error(at, Codes.NoMonitoringMoment, $"het jaarplan {year} heeft geen afname van de monitor sociale veiligheid (verplicht, WPO art. 4c)",
                $"voeg een activiteit toe met instrument: {monitors[0].Naam} en een moment in dit schooljaar");
        }
        var deadline = new DateOnly(year.StartYear + 1, 7, 1);
        var delivery = plan.Activiteiten.Where(a => a.LeveringInspectie).ToList();
        var inTime = delivery.Any(a => SchoolMoment.TryParse(a.Wanneer, year, out var m) && m.Date is { } d && d < deadline);
        if (!inTime)
        {
            diagnostics.Error(delivery.Count > 0 ? delivery[0].LocationOf("wanneer") : at, Codes.NoDeliveryBeforeJuly,
                $"het jaarplan {year} plant de levering van de monitorresultaten aan de Inspectie niet vóór 1 juli {year.StartYear + 1}",
                "voeg een activiteit toe met levering_inspectie: ja en een datum of maand vóór 1 juli");
        }
    }
}
