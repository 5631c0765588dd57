using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>Runs every rule over a school. The list is the catalogue: add a rule here and in docs/validatieregels.md.</summary>
public static class Validator
{
    public static IReadOnlyList<IValidationRule> Rules { get; } =
    [
        new LegalRolesRule(),
        new PupilMonitoringRule(),
        new ConfidantRule(),
        new ComplaintsRule(),
        new ContactFormatRule(),
        new HouseStyleRule(),
        new YearPlanRule(),
    ];

    public static void Validate(SchoolProject school, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(school, diagnostics);
        }
    }
}
