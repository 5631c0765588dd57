using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>
/// WPO art. 14: a complaints procedure with a committee that has an independent chair, and deadlines;
/// or a link to the board's or school's regulation, which holds them (the plan then refers to it).
/// </summary>
internal sealed class ComplaintsRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var complaints = school.Data.Klachtenregeling;
        if (complaints is null)
        {
            diagnostics.Error(school.Data.Location, Codes.NoKlachtenregeling, "er is geen klachtenregeling (verplicht, WPO art. 14)",
                "zet klachtenregeling: met commissie: (of link: naar de regeling) in bestuur.yaml (voor alle scholen) of in school.yaml");
            return;
        }
        // A regulation given as a link to the board's or school's document: the plan refers to it.
        if (string.IsNullOrWhiteSpace(complaints.Commissie) && !string.IsNullOrWhiteSpace(complaints.Link))
        {
            return;
        }
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(complaints.Commissie))
        {
            missing.Add("commissie (of alleen link: naar de klachtenregeling van het bestuur)");
        }
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
