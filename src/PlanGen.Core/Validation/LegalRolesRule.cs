using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>
/// WPO art. 4c lid 1c: the school names an anti-pestcoördinator and an aanspreekpunt pesten, each a
/// person who can be reached. One person may hold both tasks.
/// </summary>
internal sealed class LegalRolesRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var at = data.LocationOf("rollen");
        Require(data, "anti-pestcoordinator", at, Codes.NoAntiPestCoordinator, "er is geen anti-pestcoördinator genoemd (verplicht, WPO art. 4c)", diagnostics);
        Require(data, "aanspreekpunt-pesten", at, Codes.NoAanspreekpuntPesten, "er is geen aanspreekpunt pesten genoemd (verplicht, WPO art. 4c)", diagnostics);
        foreach (var person in data.Rollen.Where(r => r.Rol.Any(LegallyRequired)))
        {
            if (string.IsNullOrWhiteSpace(person.Email) && string.IsNullOrWhiteSpace(person.Telefoon))
            {
                diagnostics.Error(person.Location, Codes.RoleWithoutContact, $"{person.Naam} heeft geen e-mailadres of telefoonnummer",
                    "leerlingen en ouders moeten deze persoon kunnen bereiken: vul email: of telefoon: in");
            }
        }
    }

    private static bool LegallyRequired(string role) => role is "anti-pestcoordinator" or "aanspreekpunt-pesten";

    private static void Require(Model.SchoolData data, string role, SourceLocation at, string code, string message, DiagnosticBag diagnostics)
    {
        if (!data.Rollen.Any(r => r.Rol.Contains(role)))
        {
            diagnostics.Error(at, code, message, $"voeg onder rollen: een persoon toe met rol: {role}");
        }
    }
}
