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
        new(Codes.InputLimit, Severity.Error, "Het bestand is groter dan 1 MB, dieper genest dan 64 niveaus of groter dan 100.000 waarden (ook na het uitvouwen van aliassen), een lijst heeft meer dan 1.000 onderdelen, of een tekst heeft meer dan 32 lijsten of citaten in elkaar.", "-", "Vereenvoudig of splits het bestand."),
        new(Codes.UnreadableFile, Severity.Error, "Het bestand kan niet gelezen worden, is geen UTF-8, bevat binaire gegevens of een ongeldig teken (een stuurteken of een niet-teken zoals U+FFFE), of is een map.", "-", "Sla het op als UTF-8-tekst."),
        new(Codes.MissingFile, Severity.Error, "Een opgegeven pad bestaat niet, bevat geen school, of een school heeft nog geen jaarplan.", "-", "Controleer het pad; maak jaarplannen/<schooljaar>.yaml."),
        new(Codes.PlainTextLayout, Severity.Warning, "Een tekst over meer regels zonder | bevat een lege regel of een opsomming: YAML voegt alles samen tot één regel.", "-", "Begin de tekst met 'tekst: |' en zet hem eronder, ingesprongen."),
        new(Codes.OutsideRepository, Severity.Error, "Een bestand (YAML, sjabloon, logo of bijlage) is geen gewoon bestand (een pipe of apparaat) of wijst via een koppeling (symlink) naar een plek buiten de map van het bestuur of de sjablonen.", "-", "Zet het bestand zelf in de map van de school of het bestuur, zonder koppeling."),
        new(Codes.WriteFailed, Severity.Error, "Een uitvoerbestand kan niet geschreven worden: de uitvoermap is alleen-lezen of een bestand, de schijf is vol of er is geen toestemming. Het oude bestand blijft zoals het was.", "-", "Maak ruimte vrij of maak de uitvoermap (output/) beschrijfbaar en bouw opnieuw."),
        new(Codes.DuplicateSchool, Severity.Error, "Twee schoolmappen geven dezelfde school (bestuur/school), bijvoorbeeld schools/b/s en schools/archief/b/s: ze zouden in dezelfde uitvoermap schrijven.", "-", "Hernoem of verwijder een van de twee mappen, of bouw alleen de map die je bedoelt."),
        new(Codes.UnknownKey, Severity.Error, "Een onbekend veld (met 'bedoelde je ...?').", "-", "Corrigeer de schrijfwijze; zie docs/yaml-format.md."),
        new(Codes.WrongType, Severity.Error, "Een waarde heeft de verkeerde vorm: tekst, lijst, blok, getal of ja/nee.", "-", "Volg de vorm uit docs/yaml-format.md."),
        new(Codes.RequiredMissing, Severity.Error, "Een verplicht veld ontbreekt.", "-", "Vul het veld in."),
        new(Codes.BadDate, Severity.Error, "Een datum of moment is ongeldig.", "-", "Schrijf JJJJ-MM-DD, JJJJ-MM, een maandnaam, een week (eerste week van oktober, laatste week van september), '3 keer per jaar' of een periode (hele jaar, wekelijks, eerste schoolweek, ...; de melding noemt ze allemaal)."),
        new(Codes.BadValue, Severity.Error, "Een waarde komt niet uit de vaste lijst (rollen, doelgroepen, maanden, status, ...) of een kleur is geen #RRGGBB.", "-", "Kies een waarde uit de lijst; de melding doet een voorstel."),
        new(Codes.BadSchoolYear, Severity.Error, "Een jaarplan heeft een bestandsnaam die geen schooljaar is, of een activiteit valt buiten het schooljaar.", "-", "Noem het bestand 2025-2026.yaml; kies een datum tussen 1 augustus en 31 juli."),
        new(Codes.BadContact, Severity.Error, "Een e-mailadres of webadres is ongeldig.", "-", "Schrijf naam@school.example of https://..."),
        new(Codes.BadPhone, Severity.Warning, "Een telefoonnummer bevat letters of tekst (bijvoorbeeld de letter O in plaats van een nul, of 'vraag naar ...').", "-", "Schrijf alleen cijfers, spaties, '-' en '+'; zet uitleg in een ander veld."),
        new(Codes.GroupsOutOfRange, Severity.Warning, "Groepen buiten groep 1 tot en met 8 (welke groepen meedoen is de keuze van de school).", "-", "Schrijf de groepen als 1-8, 5-8 of 7."),
        new(Codes.ConflictingContact, Severity.Warning, "Dezelfde persoon staat vaker onder rollen met andere contactgegevens.", "-", "Geef één persoon overal dezelfde gegevens, of zet de rollen in één regel."),
        new(Codes.MissingAttachment, Severity.Error, "Een bijlage met een pad (geen webadres) bestaat niet.", "-", "Zet het document naast school.yaml of bestuur.yaml, of geef een webadres."),
        new(Codes.AdoptionOutdated, Severity.Warning, "Het plan is niet vastgesteld, de laatste vaststelling is ouder dan het vorige schooljaar, of de MR ontbreekt.", "WMS (instemming MR); goed bestuur", "Voeg onder vaststelling: de datum en het orgaan toe."),
        new(Codes.UnknownReference, Severity.Error, "Een activiteit noemt een instrument dat niet onder instrumenten: staat.", "-", "Voeg het instrument toe of corrigeer de naam."),
        new(Codes.BadAssetPath, Severity.Error, "Een logo ontbreekt, is geen PNG/JPEG, is beschadigd of afgebroken, heeft te veel beeldpunten (meer dan 40 miljoen of breder/hoger dan 20.000), is groter dan 20 MB of wijst buiten de map van het bestuur.", "-", "Zet een gewoon PNG- of JPEG-logo van hooguit 2000 beeldpunten breed in de map van de school of het bestuur."),
        new(Codes.LargeAsset, Severity.Warning, "Een logo is groter dan 2 MB: het komt in elke HTML-pagina en elk document.", "-", "Verklein het logo (een logo van 50 tot 300 kB is genoeg)."),
        new(Codes.BadFontFile, Severity.Error, "Het eigen lettertype (huisstijl: lettertype_bestand) ontbreekt, wijst buiten de map van het bestuur, is geen TrueType-lettertype (.ttf, of .otf met TrueType-contouren), is beschadigd of afgebroken, is groter dan 30 MB of mag volgens de maker niet worden ingesloten.", "-", "Zet een gewoon .ttf-bestand in de map van het bestuur en geef het pad daarvandaan, bijvoorbeeld fonts/Huisletter.ttf."),
        new(Codes.UnknownFont, Severity.Warning, "Het lettertype (huisstijl: lettertype) wordt niet met PlanGen meegeleverd: de PDF gebruikt Noto Sans; Word en de website tonen het alleen als het op de computer staat.", "-", "Kies Arial, Calibri of Noto Sans, of zet het lettertype zelf in de map van het bestuur met lettertype_bestand."),
        new(Codes.UnshownCharacters, Severity.Warning, "Een tekst bevat tekens die het lettertype van de PDF niet heeft (bijvoorbeeld Hebreeuws, Arabisch, Chinees of emoji): in de PDF ontbreken ze; Word, Markdown en de website tonen ze wel.", "-", "Schrijf de tekst zonder die tekens, of zet een lettertype dat ze bevat in de map van het bestuur met huisstijl: lettertype_bestand."),
        new(Codes.NoAntiPestCoordinator, Severity.Error, "Er is geen anti-pestcoördinator genoemd.", "WPO art. 4c lid 1 onder c, 1°", "Voeg onder rollen: een persoon toe met rol: anti-pestcoordinator."),
        new(Codes.NoAanspreekpuntPesten, Severity.Error, "Er is geen aanspreekpunt pesten genoemd.", "WPO art. 4c lid 1 onder c, 2°", "Voeg onder rollen: een persoon toe met rol: aanspreekpunt-pesten (mag dezelfde persoon zijn)."),
        new(Codes.NoPupilMonitoring, Severity.Error, "Er is geen instrument waarmee leerlingen jaarlijks hun sociale veiligheid invullen.", "WPO art. 4c lid 1 onder b", "Voeg een instrument toe met invullers: leerlingen, per_jaar: 1 of meer en sociale_veiligheid: ja."),
        new(Codes.PolicyScope, Severity.Error, "Het veiligheidsbeleid noemt niet de sociale, psychische en fysieke veiligheid.", "WPO art. 4c lid 1 onder a en lid 2", "Zet veiligheidsbeleid: reikwijdte: [sociaal, psychisch, fysiek]."),
        new(Codes.NoMonitoringMoment, Severity.Error, "Een jaarplan heeft geen afname van de monitor sociale veiligheid.", "WPO art. 4c lid 1 onder b", "Voeg een activiteit toe met instrument: <de monitor>."),
        new(Codes.NoDeliveryConsent, Severity.Error, "Bij de monitor is geen toestemming vastgelegd om de resultaten aan de Inspectie te leveren.", "Inspectie: monitor sociale veiligheid, toestemming en levering", "Zet toestemming_levering: ja bij het instrument."),
        new(Codes.NoDeliveryBeforeJuly, Severity.Error, "Een jaarplan plant de levering van de monitorresultaten niet vóór 1 juli.", "Inspectie: lever tijdig aan", "Voeg een activiteit toe met levering_inspectie: ja vóór 1 juli."),
        new(Codes.ComplaintsIncomplete, Severity.Error, "De klachtenregeling mist de commissie, de onafhankelijke voorzitter of de termijnen. Een klachtenregeling die alleen een link naar de regeling van het bestuur of de school geeft (zonder commissie:), voldoet: het plan zegt dan waar de regeling staat.", "WPO art. 14", "Vul commissie, onafhankelijke_voorzitter, termijn_indienen en termijn_uitspraak in, of geef alleen link: naar de regeling."),
        new(Codes.NoSexualOffenceProtocol, Severity.Error, "Er is geen protocol zedenmisdrijven, of het noemt niet het melden aan het bestuur, het overleg met de vertrouwensinspecteur en de aangifte. Een protocol dat alleen een link naar het protocol van het bestuur of de school geeft (zonder stappen), voldoet: het plan zegt dan waar het staat.", "WPO art. 4a", "Voeg een protocol toe met soort: zedenmisdrijven en die drie stappen, of met link: naar het protocol van het bestuur."),
        new(Codes.NoMeldcode, Severity.Error, "Er is geen meldcode huiselijk geweld en kindermishandeling met vijf stappen. Een meldcode die alleen een link naar de meldcode van het bestuur of de school geeft (zonder stappen), voldoet: het plan zegt dan waar die staat.", "Wet verplichte meldcode (1 juli 2013)", "Voeg een protocol toe met soort: meldcode en de vijf stappen, of met link: naar de meldcode van het bestuur."),
        new(Codes.WrongInspectorsNumber, Severity.Error, "Het nummer van de vertrouwensinspecteurs is niet 0900-111 3 111.", "Inspectie van het Onderwijs", "Laat vertrouwensinspecteurs: telefoon: weg."),
        new(Codes.NoVertrouwenspersoon, Severity.Warning, "Er is geen (interne of externe) vertrouwenspersoon. Fout onder regime wvvo.", "Aanbevolen; verplicht onder de Wet vrij en veilig onderwijs (Kamerstuk 36777)", "Voeg rol: vertrouwenspersoon toe, of externe_vertrouwenspersonen: in bestuur.yaml."),
        new(Codes.NoAandachtsfunctionaris, Severity.Warning, "Er is geen aandachtsfunctionaris huiselijk geweld en kindermishandeling.", "Meldcode (aanbevolen)", "Voeg rol: aandachtsfunctionaris toe."),
        new(Codes.NoIncidentRegistration, Severity.Warning, "De incidentregistratie (systeem en eigenaar) is niet beschreven. Fout onder regime wvvo.", "Inspectie (aanbevolen); verplicht onder de Wet vrij en veilig onderwijs", "Vul incidentregistratie: systeem: en eigenaar: in."),
        new(Codes.UnknownProvider, Severity.Warning, "De monitor komt niet van een aanbieder die namens de school aan de Inspectie levert.", "Inspectie: lijst van aanbieders", "Controleer de levering of kies een bekende aanbieder."),
        new(Codes.ArboIncomplete, Severity.Warning, "Er is geen bedrijfshulpverlener, preventiemedewerker of RI&E-datum.", "Arbowet (werkgever)", "Vul de rollen bhv en preventiemedewerker en arbo: rie_datum: in."),
        new(Codes.NoDataProtectionOfficer, Severity.Warning, "Er is geen functionaris gegevensbescherming (FG).", "AVG art. 37 (bestuur)", "Zet privacy: fg: in bestuur.yaml."),
        new(Codes.NoYearlyEvaluation, Severity.Warning, "Er is geen jaarlijkse evaluatie van het beleid beschreven of gepland. Fout onder regime wvvo.", "Wet vrij en veilig onderwijs", "Beschrijf teksten: evaluatie: of plan een evaluatie."),
        new(Codes.NoSafetyCoordinator, Severity.Warning, "Er is geen coördinator sociale veiligheid. Fout onder regime wvvo.", "Wet vrij en veilig onderwijs", "Voeg rol: coordinator-sociale-veiligheid toe."),
        new(Codes.NoStaffMonitor, Severity.Warning, "Er is geen monitor van de sociale veiligheid van het personeel. Fout onder regime wvvo.", "Wet vrij en veilig onderwijs", "Voeg een instrument toe met invullers: personeel en sociale_veiligheid: ja."),
        new(Codes.NoKlachtenregeling, Severity.Error, "Er is geen klachtenregeling met een commissie.", "WPO art. 14", "Zet klachtenregeling: met commissie: in bestuur.yaml."),
        new(Codes.RoleWithoutContact, Severity.Error, "De anti-pestcoördinator of het aanspreekpunt pesten heeft geen e-mailadres of telefoonnummer.", "WPO art. 4c lid 1 onder c", "Vul email: of telefoon: in."),
        new(Codes.OutlinePartTwice, Severity.Error, "Een onderdeel staat twee keer in je eigen indeling (indeling: hoofdstukken: onderdelen:).", "-", "Zet elk onderdeel in één hoofdstuk."),
        new(Codes.OutlineDutyLeftOut, Severity.Warning, "Een vast onderdeel met een wettelijke plicht (veiligheidsbeleid, rollen, monitoring, klachtenregeling, protocollen, vertrouwensinspecteurs) staat niet in je eigen indeling, dus het plan beschrijft die plicht niet.", "De plicht die de melding noemt (WPO art. 4a, 4c, 14)", "Zet het onderdeel onder onderdelen: van een hoofdstuk."),
        new(Codes.OutlineDataLeftOut, Severity.Warning, "Gegevens (zoals afspraken, aanbod of teksten: inzicht) komen niet in het plan, omdat hun onderdeel niet in je eigen indeling staat.", "-", "Zet het onderdeel in een hoofdstuk, of zet de tekst onder tekst: van een hoofdstuk."),
        new(Codes.OutlineEmpty, Severity.Error, "Een eigen hoofdstuk heeft geen tekst, onderdelen of paragrafen, of een paragraaf (ook in een bijlage) heeft geen tekst.", "-", "Schrijf de tekst, zet er onderdelen in, of verwijder het hoofdstuk of de paragraaf."),
        new(Codes.HeadingInText, Severity.Warning, "Een vrije tekst bevat een kop met # of ##: die wordt een los hoofdstuk zonder nummer.", "-", "Schrijf ### of ####, of maak er een hoofdstuk of paragraaf van onder indeling:."),
        new(Codes.AdoptedVersionBehind, Severity.Warning, "De versie van het nieuwste jaarplan is hoger dan de laatst vastgestelde versie voor dat schooljaar (alleen als vaststelling: versies noemt).", "Aanbevolen: het vastgestelde plan en de geldende versie horen bij elkaar", "Laat het plan vaststellen en voeg het toe met plangen vaststellen <school> --orgaan MR --datum JJJJ-MM-DD --versie X."),
        new(Codes.Placeholder, Severity.Error, "Er staat nog een voorbeeldwaarde van plangen new in (een tekst die begint met VUL IN).", "-", "Vervang de tekst door de echte gegevens van de school; publish weigert een school met voorbeeldwaarden."),
        new(Codes.TemplateError, Severity.Error, "Een sjabloon bevat een fout of gebruikt een onbekende naam (strikte modus).", "-", "Controleer de schrijfwijze in het sjabloon; de velden staan in docs/yaml-format.md."),
        new(Codes.WriterFailed, Severity.Error, "Een document kon in één formaat (Markdown, Word, PDF of HTML) niet gemaakt worden; de andere formaten en scholen zijn wel geschreven.", "-", "Vereenvoudig de tekst die het document breekt (bijvoorbeeld heel diep geneste lijsten) of meld het bij de beheerder van PlanGen."),
        new(Codes.UnknownContainer, Severity.Error, "Een sjabloon of tekst opent een onbekend blok ::: naam (hoofdletters tellen niet).", "-", "Kies kader, kaart-pagina, blok FASE of intern (docs/markdown.md)."),
        new(Codes.SecondTitle, Severity.Warning, "Een tweede titel (#): een document heeft één titel; de kop wordt in elk formaat een hoofdstuk.", "-", "Schrijf ## voor een hoofdstuk."),
        new(Codes.UnresolvedAnchor, Severity.Warning, "Een link [tekst](#anker) verwijst naar geen kop van het document; hij staat er als gewone tekst.", "-", "Gebruik het anker van een kop: kleine letters, spaties als -, bijvoorbeeld #1-visie-en-waarden."),
        new(Codes.UnknownPhase, Severity.Warning, "Een ::: blok zonder of met een onbekende fase; het blok krijgt de huisstijlkleur.", "-", "Kies visie, plan, do, check of act."),
    ];

    private static readonly Dictionary<string, string> Names = typeof(Codes).GetFields()
        .Where(f => f.IsLiteral).ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    /// <summary>The rule's identifier-style name (its constant in <see cref="Codes"/>), e.g. "UnknownKey" for PG0101.</summary>
    public static string NameOf(string code) => Names[code];

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
            // The anchor is what SARIF's helpUri points to (validatieregels.md#pg0101).
            sb.Append($"| <a id=\"{rule.Code.ToLowerInvariant()}\"></a>{rule.Code} | {(rule.Severity == Severity.Error ? "fout" : "waarschuwing")} | {rule.Checks} | {rule.Basis} | {rule.Fix} |\n");
        }
        return sb.ToString();
    }
}
