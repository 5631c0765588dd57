using System.Text;

namespace PlanGen.Core.Diagnostics;

/// <summary>One validation rule as documented: code, severity, legal basis, what it checks and how to fix it.</summary>
public sealed record RuleInfo(string Code, Severity Severity, string Checks, string Basis, string Fix);

/// <summary>
/// Every diagnostic code with its documentation. docs/validatieregels.md is generated from this list;
/// a test fails when the file is stale or when a code in <see cref="Codes"/> is missing here.
/// </summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(Codes.YamlSyntax, Severity.Error, "Het bestand is geen geldige YAML (inspringing, tabs, aanhalingstekens).", "-", "Spring in met spaties, zet tekst met een dubbele punt tussen aanhalingstekens."),
        new(Codes.DuplicateKey, Severity.Error, "Een veld staat twee keer in hetzelfde blok.", "-", "Verwijder of hernoem een van de twee."),
        new(Codes.InputLimit, Severity.Error, "Het bestand is groter dan 1 MB, dieper genest dan 64 niveaus of groter dan 100.000 waarden na het uitvouwen van aliassen.", "-", "Vereenvoudig of splits het bestand."),
        new(Codes.UnreadableFile, Severity.Error, "Het bestand kan niet gelezen worden, is geen UTF-8, bevat binaire gegevens of is een map.", "-", "Sla het op als UTF-8-tekst."),
        new(Codes.MissingFile, Severity.Error, "Een opgegeven pad bestaat niet, bevat geen school, of een school heeft nog geen jaarplan.", "-", "Controleer het pad; maak jaarplannen/<schooljaar>.yaml."),
        new(Codes.UnknownKey, Severity.Error, "Een onbekend veld (met 'bedoelde je ...?').", "-", "Corrigeer de schrijfwijze; zie docs/yaml-format.md."),
        new(Codes.WrongType, Severity.Error, "Een waarde heeft de verkeerde vorm: tekst, lijst, blok, getal of ja/nee.", "-", "Volg de vorm uit docs/yaml-format.md."),
        new(Codes.RequiredMissing, Severity.Error, "Een verplicht veld ontbreekt.", "-", "Vul het veld in."),
        new(Codes.BadDate, Severity.Error, "Een datum of moment is ongeldig.", "-", "Schrijf JJJJ-MM-DD, JJJJ-MM, een maandnaam of 'hele jaar'."),
        new(Codes.BadValue, Severity.Error, "Een waarde komt niet uit de vaste lijst (rollen, doelgroepen, maanden, status, ...) of een kleur is geen #RRGGBB.", "-", "Kies een waarde uit de lijst; de melding doet een voorstel."),
        new(Codes.BadSchoolYear, Severity.Error, "Een jaarplan heeft een bestandsnaam die geen schooljaar is, of een activiteit valt buiten het schooljaar.", "-", "Noem het bestand 2025-2026.yaml; kies een datum tussen 1 augustus en 31 juli."),
        new(Codes.BadContact, Severity.Error, "Een e-mailadres of webadres is ongeldig.", "-", "Schrijf naam@domein.nl of https://..."),
        new(Codes.UnknownReference, Severity.Error, "Een activiteit noemt een instrument dat niet onder instrumenten: staat.", "-", "Voeg het instrument toe of corrigeer de naam."),
        new(Codes.BadAssetPath, Severity.Error, "Een logo ontbreekt, is geen PNG/JPEG of wijst buiten de map van het bestuur.", "-", "Zet het logo in de map van de school of het bestuur."),
        new(Codes.NoAntiPestCoordinator, Severity.Error, "Er is geen anti-pestcoördinator genoemd.", "WPO art. 4c lid 1 onder c, 1°", "Voeg onder rollen: een persoon toe met rol: anti-pestcoordinator."),
        new(Codes.NoAanspreekpuntPesten, Severity.Error, "Er is geen aanspreekpunt pesten genoemd.", "WPO art. 4c lid 1 onder c, 2°", "Voeg onder rollen: een persoon toe met rol: aanspreekpunt-pesten (mag dezelfde persoon zijn)."),
        new(Codes.NoPupilMonitoring, Severity.Error, "Er is geen instrument waarmee leerlingen jaarlijks hun sociale veiligheid invullen.", "WPO art. 4c lid 1 onder b", "Voeg een instrument toe met invullers: leerlingen, per_jaar: 1 of meer en sociale_veiligheid: ja."),
        new(Codes.NoVertrouwenspersoon, Severity.Warning, "Er is geen (interne of externe) vertrouwenspersoon.", "Aanbevolen; verplicht onder de Wet vrij en veilig onderwijs (Kamerstuk 36777)", "Voeg rol: vertrouwenspersoon toe, of externe_vertrouwenspersonen: in bestuur.yaml."),
        new(Codes.NoKlachtenregeling, Severity.Error, "Er is geen klachtenregeling met een commissie.", "WPO art. 14", "Zet klachtenregeling: met commissie: in bestuur.yaml."),
        new(Codes.RoleWithoutContact, Severity.Error, "De anti-pestcoördinator of het aanspreekpunt pesten heeft geen e-mailadres of telefoonnummer.", "WPO art. 4c lid 1 onder c", "Vul email: of telefoon: in."),
        new(Codes.TemplateError, Severity.Error, "Een sjabloon bevat een fout of gebruikt een onbekende naam (strikte modus).", "-", "Controleer de schrijfwijze in het sjabloon; de velden staan in docs/yaml-format.md."),
    ];

    public static string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# Validatieregels\n\n");
        sb.Append("Generated from `src/PlanGen.Core/Diagnostics/RuleCatalogue.cs`; a test fails when this file is stale\n");
        sb.Append("(regenerate with `UPDATE_GOLDEN=1 make test`). Every message has the form\n");
        sb.Append("`bestand:regel:kolom: CODE: bericht (hint)`; warnings say `waarschuwing` before the code.\n");
        sb.Append("`plangen validate` exits 1 when there is at least one error.\n\n");
        sb.Append("| code | ernst | wat wordt gecontroleerd | grondslag | oplossing |\n|---|---|---|---|---|\n");
        foreach (var rule in All)
        {
            sb.Append($"| {rule.Code} | {(rule.Severity == Severity.Error ? "fout" : "waarschuwing")} | {rule.Checks} | {rule.Basis} | {rule.Fix} |\n");
        }
        return sb.ToString();
    }
}
