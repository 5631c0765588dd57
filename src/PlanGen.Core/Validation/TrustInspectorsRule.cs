using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>The Inspectie's vertrouwensinspecteurs are reached at 0900-111 3 111; a different number misleads parents.</summary>
internal sealed class TrustInspectorsRule : IValidationRule
{
    private const string Digits = "09001113111";

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var inspectors = school.Data.Vertrouwensinspecteurs;
        if (inspectors is not null && new string(inspectors.Telefoon.Where(char.IsDigit).ToArray()) != Digits)
        {
            diagnostics.Error(inspectors.LocationOf("telefoon"), Codes.WrongInspectorsNumber, $"'{inspectors.Telefoon}' is niet het nummer van het meldpunt vertrouwensinspecteurs",
                "het nummer is 0900-111 3 111; laat telefoon: weg, dan vult PlanGen het zelf in");
        }
    }
}
