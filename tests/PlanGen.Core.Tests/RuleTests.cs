namespace PlanGen.Core.Tests;

/// <summary>
/// One minimal failing school per rule, with the exact diagnostic it must give. Each case starts from
/// <see cref="MinimalSchool"/> (which passes every rule) and breaks one thing.
/// </summary>
public class RuleTests
{
    public sealed record Case(string School, string Board, string Year, string? Regime, string Expected)
    {
        public override string ToString() => Expected[..Math.Min(60, Expected.Length)];
    }

    private static Case School(string from, string to, string expected, string? regime = null) =>
        new(Swap(MinimalSchool.School, from, to), MinimalSchool.Board, MinimalSchool.YearPlan, regime, expected);

    private static Case Board(string from, string to, string expected) =>
        new(MinimalSchool.School, Swap(MinimalSchool.Board, from, to), MinimalSchool.YearPlan, null, expected);

    private static Case Year(string from, string to, string expected) =>
        new(MinimalSchool.School, MinimalSchool.Board, Swap(MinimalSchool.YearPlan, from, to), null, expected);

    private static string Swap(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new ArgumentException($"'{from}' not in the minimal school");

    private const string S = "schools/test/obs-test/school.yaml";
    private const string B = "schools/test/bestuur.yaml";
    private const string Y = "schools/test/obs-test/jaarplannen/2025-2026.yaml";

    public static TheoryData<Case> Cases => new()
    {
        Board("reikwijdte: [sociaal, psychisch, fysiek]", "reikwijdte: [sociaal]",
            $"{B}:4:15: PG0307: het veiligheidsbeleid noemt niet de psychische, fysieke veiligheid (verplicht, WPO art. 4c lid 2) (zet in bestuur.yaml of school.yaml: veiligheidsbeleid: reikwijdte: [sociaal, psychisch, fysiek])"),
        Year("    instrument: Monitor\n", "",
            $"{Y}:3:3: PG0308: het jaarplan 2025-2026 heeft geen afname van de monitor sociale veiligheid (verplicht, WPO art. 4c) (voeg een activiteit toe met instrument: Monitor en een moment in dit schooljaar)"),
        School("    toestemming_levering: ja\n", "",
            $"{S}:11:5: PG0309: bij Monitor is niet vastgelegd dat de resultaten aan de Inspectie geleverd mogen worden (verplicht, Inspectie: monitor sociale veiligheid) (regel de toestemming bij de aanbieder en zet toestemming_levering: ja)"),
        Year("wanneer: 2026-06-01", "wanneer: 2026-07-15",
            $"{Y}:7:14: PG0310: het jaarplan 2025-2026 plant de levering van de monitorresultaten aan de Inspectie niet vóór 1 juli 2026 (voeg een activiteit toe met levering_inspectie: ja en een datum of maand vóór 1 juli)"),
        Board("  termijn_uitspraak: binnen tien weken\n", "",
            $"{B}:6:3: PG0311: de klachtenregeling is onvolledig (verplicht, WPO art. 14) (vul aan: termijn_uitspraak)"),
        Board("Het bestuur doet aangifte", "Het bestuur handelt",
            $"{B}:18:5: PG0312: het protocol 'Zedenmisdrijven' noemt niet: aangifte bij de politie (verplicht, WPO art. 4a) (beschrijf in de stappen het melden aan het bestuur, het overleg met de vertrouwensinspecteur en de aangifte, of verwijs met alleen link: naar het protocol van het bestuur of de school)"),
        Board("stappen: [Signalen, Consultatie, Gesprek, Wegen met het afwegingskader, Beslissen]", "stappen: [Signalen, Beslissen]",
            $"{B}:15:5: PG0313: de meldcode 'Meldcode' heeft 2 stappen, de wet vraagt er vijf (neem de vijf stappen van de meldcode op, met het afwegingskader in stap 4 (soort: meldcode), of verwijs met link: naar de meldcode van het bestuur of de school)"),
        School("arbo:\n", "vertrouwensinspecteurs:\n  telefoon: 0900-1234\narbo:\n",
            $"{S}:22:13: PG0314: '0900-1234' is niet het nummer van het meldpunt vertrouwensinspecteurs (het nummer is 0900-111 3 111; laat telefoon: weg, dan vult PlanGen het zelf in)"),
        School("aandachtsfunctionaris, ", "",
            $"{S}:4:3: waarschuwing PG0320: er is geen aandachtsfunctionaris huiselijk geweld en kindermishandeling genoemd (aanbevolen bij de meldcode) (voeg een persoon toe met rol: aandachtsfunctionaris)"),
        School("  eigenaar: intern begeleider\n", "",
            $"{S}:24:3: waarschuwing PG0321: de incidentregistratie noemt geen eigenaar (wie de registratie bijhoudt) (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs) (vul onder incidentregistratie: eigenaar: in met een rol, bijvoorbeeld intern begeleider)"),
        School("aanbieder: KiVa", "aanbieder: Eigen lijst",
            $"{S}:12:16: waarschuwing PG0322: 'Eigen lijst' staat niet in de lijst van aanbieders die namens de school aan de Inspectie leveren (controleer of de resultaten bij de Inspectie komen, of kies een bekende aanbieder (zoals KiVa, Kanjertraining, Vensters, WMK, ZIEN!, SCOL))"),
        School("arbo:\n  rie_datum: 2024-01-10\n", "",
            $"{S}:4:3: waarschuwing PG0323: arbo: niet genoemd is de datum van de RI&E (arbo: rie_datum:) (Arbowet, plicht van de werkgever) (vul de rollen of het arbo-blok aan)"),
        Board("privacy:\n  fg:\n    naam: Fenna Test\n    email: fg@test.example\n", "",
            $"{S}:1:1: waarschuwing PG0324: er is geen functionaris gegevensbescherming (FG) genoemd (AVG art. 37, op bestuursniveau) (zet privacy: fg: naam: en email: in bestuur.yaml)"),
        School("teksten:\n  evaluatie: Jaarlijks in juni.\n", "",
            $"{S}:1:1: waarschuwing PG0325: er is geen jaarlijkse evaluatie van het veiligheidsbeleid beschreven of gepland (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs) (beschrijf teksten: evaluatie: of plan een activiteit 'Evaluatie sociaal veiligheidsplan')"),
        School("teksten:\n  evaluatie: Jaarlijks in juni.\n", "",
            $"{S}:1:1: PG0325: er is geen jaarlijkse evaluatie van het veiligheidsbeleid beschreven of gepland (verplicht onder de Wet vrij en veilig onderwijs) (beschrijf teksten: evaluatie: of plan een activiteit 'Evaluatie sociaal veiligheidsplan')", regime: "wvvo"),
        School("coördinator sociale veiligheid, ", "",
            $"{S}:4:3: waarschuwing PG0326: er is geen coördinator sociale veiligheid genoemd (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs) (voeg een persoon toe met rol: coordinator-sociale-veiligheid)"),
        School("  - naam: Personeelsmonitor\n    aanbieder: WMK\n    invullers: personeel\n    sociale_veiligheid: ja\n", "",
            $"{S}:11:3: waarschuwing PG0327: er is geen monitor van de sociale veiligheid van het personeel (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs) (voeg een instrument toe met invullers: personeel en sociale_veiligheid: ja)"),
        School(", vertrouwenspersoon]", "]",
            $"{S}:4:3: PG0304: er is geen vertrouwenspersoon genoemd (verplicht onder de Wet vrij en veilig onderwijs) (voeg een persoon toe met rol: vertrouwenspersoon, of externe_vertrouwenspersonen: in bestuur.yaml)", regime: "wvvo"),
        School("    per_jaar: 1\n", "    per_jaar: 1\n    groepen: 0-9\n",
            $"{S}:15:14: waarschuwing PG0130: '0-9' noemt een groep buiten groep 1 tot en met 8 (schrijf de groepen als 1-8, 5-8 of 7)"),
        School("  - rol: [coördinator", "  - rol: bhv\n    naam: Anna Test\n    email: anna.thuis@test.example\n  - rol: [coördinator",
            $"{S}:7:5: waarschuwing PG0131: Anna Test staat vaker onder rollen met andere contactgegevens (regel 4) (geef één persoon overal dezelfde gegevens, of zet de rollen in één regel: rol: [rol1, rol2])"),
        School("arbo:\n", "bijlagen:\n  - titel: Gids\n    link: gids.pdf\narbo:\n",
            $"{S}:23:11: PG0132: de bijlage 'gids.pdf' bestaat niet (zet het document naast school.yaml (of bestuur.yaml) of geef een webadres)"),
        School("orgaan: MR", "orgaan: team",
            $"{S}:29:3: waarschuwing PG0133: de instemming of het advies van de MR is niet vastgelegd (voeg onder vaststelling: een regel toe met orgaan: MR en de datum)"),
        School("datum: 2025-09-15", "datum: 2023-06-01",
            $"{S}:30:12: waarschuwing PG0133: de laatste vaststelling (2023-06-01) is ouder dan het vorige schooljaar (laat het plan opnieuw vaststellen en voeg die datum toe)"),
    };

    public static TheoryData<Case> FormCases => new()
    {
        School("email: anna@test.example", "email: anna(at)test",
            $"{S}:6:12: PG0107: 'anna(at)test' is geen geldig e-mailadres (schrijf het als naam@school.example)"),
        Board("naam: Stichting Test\n", "naam: Stichting Test\nhuisstijl:\n  kleur: groen\n",
            $"{B}:4:10: PG0105: 'groen' is geen kleur (schrijf de kleur als #RRGGBB, bijvoorbeeld \"#1B5E20\" (met aanhalingstekens))"),
        School("  naam: OBS Test\n", "  naam: OBS Test\n  logo: logo.png\n",
            $"{S}:3:9: PG0202: het logo 'logo.png' bestaat niet (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
    };

    [Theory]
    [MemberData(nameof(FormCases))]
    public void Form_rule_gives_its_exact_diagnostic(Case c) => Rule_gives_its_exact_diagnostic(c);

    [Fact]
    public void School_without_a_year_plan_is_an_error()
    {
        using var repo = new TestRepository();
        repo.Write(MinimalSchool.BoardFile, MinimalSchool.Board);
        repo.Write(MinimalSchool.SchoolFile, MinimalSchool.School);
        Assert.Equal([$"{S}:1:1: PG0005: deze school heeft nog geen jaarplan (maak jaarplannen/2025-2026.yaml naast school.yaml (zie docs/yaml-format.md))"],
            Checks.Lines(repo).Where(l => !l.Contains(": waarschuwing ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_gives_its_exact_diagnostic(Case c)
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: c.School, board: c.Board, year: c.Year);
        Assert.Equal([c.Expected], Checks.Lines(repo, c.Regime));
    }

    [Fact]
    public void Examples_pass_under_huidig_and_a_small_school_fails_under_wvvo()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        Assert.DoesNotContain(Checks.Lines(repo, "huidig"), l => !l.Contains(": waarschuwing ", StringComparison.Ordinal));
        var wvvo = Checks.Lines(repo, "wvvo");
        Assert.Contains("schools/stichting-rivierenland/obs-t-kompas/school.yaml:3:1: PG0321: de incidentregistratie (systeem en eigenaar) is niet beschreven (verplicht onder de Wet vrij en veilig onderwijs) (vul incidentregistratie: met systeem: en eigenaar: (een rol))", wvvo);
        Assert.DoesNotContain(wvvo, l => l.Contains("obs-de-linde", StringComparison.Ordinal) && !l.Contains(": waarschuwing ", StringComparison.Ordinal));
    }

    [Fact]
    public void Minimal_school_passes_every_rule_under_both_regimes()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo);
        Assert.Empty(Checks.Lines(repo, "huidig"));
        Assert.Empty(Checks.Lines(repo, "wvvo"));
    }
}
