namespace PlanGen.Core.Tests;

public class BinderTests
{
    [Fact]
    public void Minimal_school_is_valid()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo);
        Assert.Empty(Checks.Lines(repo));
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_field()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School + "visie:\n  kernwaard: Respect\n");
        Assert.Equal(["schools/test/obs-test/school.yaml:32:3: PG0101: onbekend veld 'kernwaard' (bedoelde je 'kernwaarde'?)"], Checks.Lines(repo));
    }

    [Fact]
    public void Wrong_type_names_what_was_expected()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School + "visie: Respect\n");
        Assert.Equal(["schools/test/obs-test/school.yaml:31:8: PG0102: hier staat een tekst, maar PlanGen verwacht een blok met velden (naam: waarde) (kijk in docs/yaml-format.md hoe dit veld eruitziet)"], Checks.Lines(repo));
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_block()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School + "partners:\n  - omschrijving: wijkteam\n");
        Assert.Equal(["schools/test/obs-test/school.yaml:32:5: PG0103: het veld 'naam' ontbreekt (vul in: Naam van de partner.)"], Checks.Lines(repo));
    }

    [Fact]
    public void Bad_date_gives_the_expected_form()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("datum: 2025-09-15", "datum: 15-09-2025"));
        Assert.Equal(["schools/test/obs-test/school.yaml:30:12: PG0104: '15-09-2025' is geen geldige datum (schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15)"], Checks.Lines(repo));
    }

    [Fact]
    public void Unknown_role_suggests_a_known_one_and_synonyms_are_accepted()
    {
        using var repo = new TestRepository();
        var school = MinimalSchool.School.Replace("instrumenten:", "  - rol: [Intern Begeleider, preventiemedewerkr]\n    naam: Bob\ninstrumenten:");
        MinimalSchool.WriteTo(repo, school: school);
        Assert.Equal(["schools/test/obs-test/school.yaml:10:30: PG0105: 'preventiemedewerkr' is geen bekende waarde (bedoelde je 'preventiemedewerker'?)"], Checks.Lines(repo));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_sorted_by_line()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("datum: 2025-09-15", "datum: gisteren") + "visie:\n  kernwaard: x\n", year: MinimalSchool.YearPlan + "  - wat: Iets\n    wanneer: 2027-01-01\n");
        var lines = Checks.Lines(repo);
        Assert.Equal(3, lines.Count);
        Assert.Equal("schools/test/obs-test/jaarplannen/2025-2026.yaml:10:14: PG0106: 2027-01-01 valt niet in schooljaar 2025-2026 (kies een datum tussen 2025-08-01 en 2026-07-31, of zet de activiteit in het jaarplan van een ander schooljaar)", lines[0]);
        Assert.StartsWith("schools/test/obs-test/school.yaml:30:12: PG0104", lines[1]);
        Assert.StartsWith("schools/test/obs-test/school.yaml:32:3: PG0101", lines[2]);
    }

    [Fact]
    public void Year_plan_name_must_be_a_school_year()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo);
        repo.Write("schools/test/obs-test/jaarplannen/dit-jaar.yaml", "schooljaar: 2025-2026\n");
        Assert.Equal(["schools/test/obs-test/jaarplannen/dit-jaar.yaml:1:1: PG0106: de bestandsnaam 'dit-jaar' is geen schooljaar (noem het bestand naar het schooljaar, bijvoorbeeld 2025-2026.yaml)"], Checks.Lines(repo));
    }

    [Fact]
    public void Vocabulary_ids_are_unique_across_vocabularies()
    {
        var ids = Binding.Vocabularies.All.Values.SelectMany(v => v).Select(t => t.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
