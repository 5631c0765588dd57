using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>WPO art. 4c lid 1b: pupils' safety is monitored at least once every school year with an instrument.</summary>
public sealed class PupilMonitoringRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var monitor = data.Instrumenten.Any(i => i.SocialeVeiligheid && i.Invullers.Contains("leerlingen") && i.PerJaar is null or >= 1);
        if (!monitor)
        {
            diagnostics.Error(data.LocationOf("instrumenten"), Codes.NoPupilMonitoring,
                "er is geen instrument waarmee leerlingen jaarlijks hun sociale veiligheid invullen (verplicht, WPO art. 4c)",
                "voeg onder instrumenten: een vragenlijst toe met invullers: leerlingen, per_jaar: 1 (of meer) en sociale_veiligheid: ja");
        }
    }
}
