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
        foreach (var person in data.Rollen.Where(r => r.Rol.Any(LegallyRequired) && Named(r)))
        {
            if (string.IsNullOrWhiteSpace(person.Email) && string.IsNullOrWhiteSpace(person.Telefoon))
            {
                diagnostics.Error(person.Location, Codes.RoleWithoutContact, $"{person.Naam} heeft geen e-mailadres of telefoonnummer",
                    "leerlingen en ouders moeten deze persoon kunnen bereiken: vul email: of telefoon: in");
            }
        }
    }

    private static bool Named(Model.RoleAssignment role) => !string.IsNullOrWhiteSpace(role.Naam);

    private static bool LegallyRequired(string role) => role is "anti-pestcoordinator" or "aanspreekpunt-pesten";

    private static void Require(Model.SchoolData data, string role, SourceLocation at, string code, string message, DiagnosticBag diagnostics)
    {
        if (data.Rollen.Any(r => r.Rol.Contains(role) && Named(r)))
        {
            return;
        }
        // The law assigns the task to a person: a task description without a name does not do that.
        var unnamed = data.Rollen.FirstOrDefault(r => r.Rol.Contains(role));
        diagnostics.Error(unnamed?.Location ?? at, code, unnamed is null ? message : message.Replace("er is geen", "er is wel een taak, maar geen persoon als", StringComparison.Ordinal),
            unnamed is null ? $"voeg onder rollen: een persoon toe met rol: {role}" : $"vul naam: (en email: of telefoon:) in bij de taak {role}, of voeg een persoon toe met rol: {role}");
    }
}
