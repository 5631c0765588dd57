using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>WPO art. 4c lid 1a and lid 2: the safety policy covers social, psychological and physical safety.</summary>
internal sealed class PolicyScopeRule : IValidationRule
{
    private static readonly string[] Required = ["sociaal", "psychisch", "fysiek"];

    private static string Adjective(string scope) => scope switch { "sociaal" => "sociale", "psychisch" => "psychische", _ => "fysieke" };

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var policy = school.Data.Veiligheidsbeleid;
        var missing = Required.Where(s => policy is null || !policy.Reikwijdte.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            var at = policy?.LocationOf("reikwijdte") ?? school.Data.Location;
            diagnostics.Error(at, Codes.PolicyScope, $"het veiligheidsbeleid noemt niet de {string.Join(", ", missing.Select(Adjective))} veiligheid (verplicht, WPO art. 4c lid 2)",
                "zet in bestuur.yaml of school.yaml: veiligheidsbeleid: reikwijdte: [sociaal, psychisch, fysiek]");
        }
    }
}
