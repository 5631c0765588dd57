namespace PlanGen.Core.Tests;

/// <summary>The smallest school that passes every rule, errors and warnings alike; tests break one thing at a time.</summary>
public static class MinimalSchool
{
    public const string Board = """
        bestuur:
          naam: Stichting Test
        veiligheidsbeleid:
          reikwijdte: [sociaal, psychisch, fysiek]
        klachtenregeling:
          commissie: Landelijke Klachtencommissie Onderwijs
          onafhankelijke_voorzitter: ja
          termijn_indienen: binnen een jaar
          termijn_uitspraak: binnen tien weken
        privacy:
          fg:
            naam: Fenna Test
            email: fg@test.example
        protocollen:
          - naam: Meldcode
            soort: meldcode
            stappen: [Signalen, Consultatie, Gesprek, Wegen met het afwegingskader, Beslissen]
          - naam: Zedenmisdrijven
            soort: zedenmisdrijven
            stappen: [Melden aan het bestuur, Het bestuur overlegt met de vertrouwensinspecteur, Het bestuur doet aangifte]

        """;

    public const string School = """
        school:
          naam: OBS Test
        rollen:
          - rol: [anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]
            naam: Anna Test
            email: anna@test.example
          - rol: [coördinator sociale veiligheid, aandachtsfunctionaris, bhv, preventiemedewerker, intern begeleider]
            naam: Bert Test
            email: bert@test.example
        instrumenten:
          - naam: Monitor
            aanbieder: KiVa
            invullers: leerlingen
            per_jaar: 1
            sociale_veiligheid: ja
            toestemming_levering: ja
          - naam: Personeelsmonitor
            aanbieder: WMK
            invullers: personeel
            sociale_veiligheid: ja
        arbo:
          rie_datum: 2024-01-10
        incidentregistratie:
          systeem: het leerlingvolgsysteem
          eigenaar: intern begeleider
        teksten:
          evaluatie: Jaarlijks in juni.
        vaststelling:
          - orgaan: MR
            datum: 2025-09-15

        """;

    public const string YearPlan = """
        schooljaar: 2025-2026
        activiteiten:
          - wat: Monitor afnemen
            wanneer: 2025-11
            instrument: Monitor
          - wat: Resultaten leveren aan de Inspectie
            wanneer: 2026-06-01
            levering_inspectie: ja

        """;

    public const string SchoolFile = "schools/test/obs-test/school.yaml";
    public const string BoardFile = "schools/test/bestuur.yaml";
    public const string YearFile = "schools/test/obs-test/jaarplannen/2025-2026.yaml";

    public static void WriteTo(TestRepository repo, string? school = null, string? board = null, string? year = null)
    {
        repo.Write(BoardFile, board ?? Board);
        repo.Write(SchoolFile, school ?? School);
        repo.Write(YearFile, year ?? YearPlan);
    }
}
