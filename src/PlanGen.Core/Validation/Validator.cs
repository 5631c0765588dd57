using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>Runs every rule over a school. The list is the catalogue: add a rule here and in docs/validatieregels.md.</summary>
public static class Validator
{
    public static IReadOnlyList<IValidationRule> Rules { get; } =
    [
        new PolicyScopeRule(),
        new LegalRolesRule(),
        new PupilMonitoringRule(),
        new ComplaintsRule(),
        new ProtocolRules(),
        new TrustInspectorsRule(),
        new ConfidantRule(),
        new RecommendedRules(),
        new WvvoRules(),
        new ContactFormatRule(),
        new HouseStyleRule(),
        new YearPlanRule(),
        new AdoptedVersionRule(),
        new ConsistencyRules(),
        new PlaceholderRule(),
        new OutlineRules(),
        new HeadingInTextRule(),
        new UnshownCharactersRule(),
        new ContentShapeRule(),
    ];

    public static void Validate(SchoolProject school, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(school, diagnostics);
        }
    }
}
