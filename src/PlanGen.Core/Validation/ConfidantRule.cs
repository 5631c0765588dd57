using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>A vertrouwenspersoon (internal or external): recommended today, required under the Wet vrij en veilig onderwijs.</summary>
internal sealed class ConfidantRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var hasConfidant = data.ExterneVertrouwenspersonen.Count > 0
            || data.Rollen.Any(r => r.Rol.Contains("vertrouwenspersoon") || r.Rol.Contains("externe-vertrouwenspersoon"));
        if (!hasConfidant)
        {
            Duty.Report(school, diagnostics, data.LocationOf("rollen"), Codes.NoVertrouwenspersoon, "er is geen vertrouwenspersoon genoemd",
                "voeg een persoon toe met rol: vertrouwenspersoon, of externe_vertrouwenspersonen: in bestuur.yaml");
        }
    }
}
