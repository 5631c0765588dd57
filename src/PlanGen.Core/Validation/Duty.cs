using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>
/// Duties of the coming Wet vrij en veilig onderwijs: a warning under the current law (regime huidig),
/// an error under regime wvvo, so schools can prepare (LEGAL.md).
/// </summary>
internal static class Duty
{
    public static bool IsWvvo(SchoolProject school) => school.Data.Regime == "wvvo";

    public static void Report(SchoolProject school, DiagnosticBag diagnostics, SourceLocation at, string code, string message, string hint)
    {
        if (IsWvvo(school))
        {
            diagnostics.Error(at, code, message + " (verplicht onder de Wet vrij en veilig onderwijs)", hint);
        }
        else
        {
            diagnostics.Warning(at, code, message + " (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs)", hint);
        }
    }
}
