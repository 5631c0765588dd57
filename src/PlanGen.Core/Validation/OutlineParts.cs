using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// What each built-in part of an own outline (indeling) shows: the legal duty it holds, if any, and
/// whether the school's data has anything for it. A part left out of the outline is not in the plan.
/// </summary>
public static class OutlineParts
{
    /// <summary>The duty a part holds, as the warning names it; parts without a duty are absent.</summary>
    public static IReadOnlyDictionary<string, string> Duties { get; } = new Dictionary<string, string>
    {
        ["veiligheidsbeleid"] = "het veiligheidsbeleid met de sociale, psychische en fysieke veiligheid (WPO art. 4c)",
        ["rollen"] = "de anti-pestcoördinator en het aanspreekpunt pesten (WPO art. 4c)",
        ["monitoring"] = "de jaarlijkse monitoring van de sociale veiligheid (WPO art. 4c)",
        ["klachtenregeling"] = "de klachtenregeling (WPO art. 14)",
        ["protocollen"] = "de meldcode huiselijk geweld en de meld-, overleg- en aangifteplicht zedenmisdrijven (WPO art. 4a)",
        ["vertrouwensinspecteurs"] = "het meldpunt vertrouwensinspecteurs van de Inspectie",
    };

    /// <summary>The YAML key whose data the part shows, for the message.</summary>
    public static string SourceKey(string part) => part switch
    {
        "visie" => "visie",
        "monitoring" => "instrumenten",
        "jaarplan" => "jaarplannen",
        "communicatie" => "teksten: communicatie",
        "evaluatie" => "teksten: evaluatie",
        "terugblik" => "het vorige jaarplan",
        "externe-vertrouwenspersonen" => "externe_vertrouwenspersonen",
        _ => part,
    };

    public static bool HasData(string part, SchoolProject school)
    {
        var data = school.Data;
        return part switch
        {
            "visie" => data.Visie is not null || data.Teksten?.Inleiding is not null,
            "veiligheidsbeleid" => data.Veiligheidsbeleid is not null,
            "vaststelling" => data.Vaststelling.Count > 0 || data.Teksten?.Vaststelling is not null,
            "rollen" => data.Rollen.Count > 0,
            "externe-vertrouwenspersonen" => data.ExterneVertrouwenspersonen.Count > 0,
            "klachtenregeling" => data.Klachtenregeling is not null,
            "vertrouwensinspecteurs" => true,
            "privacy" => data.Privacy is not null,
            "arbo" => data.Arbo is not null,
            "partners" => data.Partners.Count > 0,
            "monitoring" => data.Instrumenten.Count > 0,
            "incidentregistratie" => data.Incidentregistratie is not null,
            "afspraken" => data.Afspraken.Count > 0,
            "gedrag" => data.Gedrag is not null,
            "aanbod" => data.Aanbod.Count > 0,
            "pesten" => data.Pesten is not null,
            "protocollen" => data.Protocollen.Count > 0,
            "communicatie" => data.Teksten?.Communicatie is not null,
            "evaluatie" => data.Teksten?.Evaluatie is not null,
            "terugblik" => false,
            "jaarplan" => school.Years.Count > 0,
            "bijlagen" => data.Bijlagen.Any(b => b.Tekst is null && b.Paragrafen.Count == 0),
            _ => false,
        };
    }
}
