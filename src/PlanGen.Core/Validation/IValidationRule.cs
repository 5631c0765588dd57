using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>One check on a loaded school. Rules never throw; they add diagnostics.</summary>
public interface IValidationRule
{
    void Check(SchoolProject school, DiagnosticBag diagnostics);
}
