using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// WPO art. 4a: the meld-, overleg- en aangifteplicht for sexual offences (report to the board, the board
/// consults the vertrouwensinspecteur, police report); and the meldcode huiselijk geweld with its five steps.
/// A protocol given only as a link to the board's or school's document satisfies the rule.
/// </summary>
internal sealed class ProtocolRules : IValidationRule
{
    private static readonly (string Word, string Step)[] SexualOffenceSteps =
    [
        ("bestuur", "melden aan het bestuur"),
        ("vertrouwensinspecteur", "overleg met de vertrouwensinspecteur"),
        ("aangifte", "aangifte bij de politie"),
    ];

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var offences = data.Protocollen.FirstOrDefault(p => p.Soort == "zedenmisdrijven");
        if (offences is null)
        {
            diagnostics.Error(data.LocationOf("protocollen"), Codes.NoSexualOffenceProtocol, "er is geen protocol voor de meld-, overleg- en aangifteplicht bij zedenmisdrijven (verplicht, WPO art. 4a)",
                "voeg (meestal in bestuur.yaml) een protocol toe met soort: zedenmisdrijven");
        }
        else if (!IsReference(offences))
        {
            var text = AllText(offences);
            var missing = SexualOffenceSteps.Where(s => !text.Contains(s.Word, StringComparison.OrdinalIgnoreCase)).Select(s => s.Step).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(offences.Location, Codes.NoSexualOffenceProtocol, $"het protocol '{offences.Naam}' noemt niet: {string.Join(", ", missing)} (verplicht, WPO art. 4a)",
                    "beschrijf in de stappen het melden aan het bestuur, het overleg met de vertrouwensinspecteur en de aangifte, of verwijs met alleen link: naar het protocol van het bestuur of de school");
            }
        }
        var meldcode = data.Protocollen.FirstOrDefault(p => p.Soort == "meldcode");
        if (meldcode is null || (meldcode.Stappen.Count < 5 && !IsReference(meldcode)))
        {
            diagnostics.Error(meldcode?.Location ?? data.LocationOf("protocollen"), Codes.NoMeldcode,
                meldcode is null ? "er is geen meldcode huiselijk geweld en kindermishandeling (verplicht sinds 1 juli 2013)" : $"de meldcode '{meldcode.Naam}' heeft {meldcode.Stappen.Count} stappen, de wet vraagt er vijf",
                "neem de vijf stappen van de meldcode op, met het afwegingskader in stap 4 (soort: meldcode), of verwijs met link: naar de meldcode van het bestuur of de school");
        }
    }

    /// <summary>
    /// A protocol given only as a link to the board's or school's own document (no steps of its own):
    /// the document holds the duty's content and the plan says where to find it. Steps written without
    /// all of the duty's content are checked, so a half protocol is never passed off by a link.
    /// </summary>
    public static bool IsReference(Protocol protocol) =>
        !string.IsNullOrWhiteSpace(protocol.Link) && protocol.Stappen.Count == 0;

    private static string AllText(Protocol protocol) =>
        string.Join(' ', protocol.Stappen.SelectMany(s => new[] { s.Actie, s.Toelichting, s.Wie }).Append(protocol.Inleiding).Append(protocol.Slot).Where(t => t is not null));
}
