namespace PlanGen.Core.Tests;

/// <summary>The smallest school that passes every rule; tests break one thing at a time.</summary>
public static class MinimalSchool
{
    public const string Board = """
        bestuur:
          naam: Stichting Test
        klachtenregeling:
          commissie: Landelijke Klachtencommissie Onderwijs

        """;

    public const string School = """
        school:
          naam: OBS Test
        rollen:
          - rol: [anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]
            naam: Anna Test
            email: anna@test.example
        instrumenten:
          - naam: Monitor
            invullers: leerlingen
            per_jaar: 1
            sociale_veiligheid: ja

        """;

    public const string YearPlan = """
        schooljaar: 2025-2026
        activiteiten:
          - wat: Monitor afnemen
            wanneer: 2025-11

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
