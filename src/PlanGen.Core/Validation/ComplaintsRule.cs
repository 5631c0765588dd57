using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>WPO art. 14: a complaints procedure with a committee that has an independent chair, and deadlines.</summary>
internal sealed class ComplaintsRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var complaints = school.Data.Klachtenregeling;
        if (complaints is null)
        {
            diagnostics.Error(school.Data.Location, Codes.NoKlachtenregeling, "er is geen klachtenregeling (verplicht, WPO art. 14)",
                "zet klachtenregeling: met commissie: in bestuur.yaml (voor alle scholen) of in school.yaml");
            return;
        }
        var missing = new List<string>();
        if (!complaints.OnafhankelijkeVoorzitter)
        {
            missing.Add("onafhankelijke_voorzitter: ja");
        }
        if (string.IsNullOrWhiteSpace(complaints.TermijnIndienen))
        {
            missing.Add("termijn_indienen");
        }
        if (string.IsNullOrWhiteSpace(complaints.TermijnUitspraak))
        {
            missing.Add("termijn_uitspraak");
        }
        if (missing.Count > 0)
        {
            diagnostics.Error(complaints.Location, Codes.ComplaintsIncomplete, "de klachtenregeling is onvolledig (verplicht, WPO art. 14)",
                $"vul aan: {string.Join(", ", missing)}");
        }
    }
}
