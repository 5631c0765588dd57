using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>WPO art. 14: a complaints procedure with a committee. Usually the board's, in bestuur.yaml.</summary>
public sealed class ComplaintsRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        if (school.Data.Klachtenregeling is null)
        {
            diagnostics.Error(school.Data.Location, Codes.NoKlachtenregeling, "er is geen klachtenregeling (verplicht, WPO art. 14)",
                "zet klachtenregeling: met commissie: in bestuur.yaml (voor alle scholen) of in school.yaml");
        }
    }
}
