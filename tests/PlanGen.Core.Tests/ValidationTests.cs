namespace PlanGen.Core.Tests;

public class ValidationTests
{
    [Fact]
    public void Missing_anti_pestcoordinator_and_aanspreekpunt_are_errors_at_rollen()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("[anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]", "vertrouwenspersoon"));
        Assert.Equal(
        [
            "schools/test/obs-test/school.yaml:4:3: PG0301: er is geen anti-pestcoördinator genoemd (verplicht, WPO art. 4c) (voeg onder rollen: een persoon toe met rol: anti-pestcoordinator)",
            "schools/test/obs-test/school.yaml:4:3: PG0302: er is geen aanspreekpunt pesten genoemd (verplicht, WPO art. 4c) (voeg onder rollen: een persoon toe met rol: aanspreekpunt-pesten)",
        ], Checks.Lines(repo));
    }

    [Fact]
    public void Anti_pestcoordinator_needs_a_way_to_be_reached()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("    email: anna@test.example\n", ""));
        Assert.Equal(["schools/test/obs-test/school.yaml:4:5: PG0306: Anna Test heeft geen e-mailadres of telefoonnummer (leerlingen en ouders moeten deze persoon kunnen bereiken: vul email: of telefoon: in)"], Checks.Lines(repo));
    }

    [Fact]
    public void Pupil_monitoring_is_required()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("    invullers: leerlingen\n", "    invullers: leerkrachten\n"));
        var line = Assert.Single(Checks.Lines(repo));
        Assert.StartsWith("schools/test/obs-test/school.yaml:11:3: PG0303: er is geen instrument waarmee leerlingen jaarlijks hun sociale veiligheid invullen", line);
    }

    [Fact]
    public void Vertrouwenspersoon_is_a_warning_and_a_board_adviser_counts()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace(", vertrouwenspersoon]", "]"));
        Assert.Equal(["schools/test/obs-test/school.yaml:4:3: waarschuwing PG0304: er is geen vertrouwenspersoon genoemd (aanbevolen; verplicht onder de Wet vrij en veilig onderwijs) (voeg een persoon toe met rol: vertrouwenspersoon, of externe_vertrouwenspersonen: in bestuur.yaml)"], Checks.Lines(repo));

        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace(", vertrouwenspersoon]", "]"),
            board: MinimalSchool.Board + "externe_vertrouwenspersonen:\n  - naam: Extern\n    email: extern@test.example\n");
        Assert.Empty(Checks.Lines(repo));
    }

    [Fact]
    public void Klachtenregeling_is_required_and_may_come_from_the_school()
    {
        using var repo = new TestRepository();
        var board = MinimalSchool.Board[..MinimalSchool.Board.IndexOf("klachtenregeling:", StringComparison.Ordinal)] + MinimalSchool.Board[MinimalSchool.Board.IndexOf("privacy:", StringComparison.Ordinal)..];
        MinimalSchool.WriteTo(repo, board: board);
        Assert.Equal(["schools/test/obs-test/school.yaml:1:1: PG0305: er is geen klachtenregeling (verplicht, WPO art. 14) (zet klachtenregeling: met commissie: (of link: naar de regeling) in bestuur.yaml (voor alle scholen) of in school.yaml)"], Checks.Lines(repo));

        MinimalSchool.WriteTo(repo, board: board, school: MinimalSchool.School + "klachtenregeling:\n  commissie: Eigen commissie\n  onafhankelijke_voorzitter: ja\n  termijn_indienen: een jaar\n  termijn_uitspraak: tien weken\n");
        Assert.Empty(Checks.Lines(repo));
    }

    [Fact]
    public void Logo_outside_the_repository_is_refused()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("  naam: OBS Test\n", "  naam: OBS Test\n  logo: ../../../../etc/passwd.png\n"));
        Assert.Equal(["schools/test/obs-test/school.yaml:3:9: PG0202: het pad van het logo wijst buiten de map van het bestuur (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"], Checks.Lines(repo));
    }

    [Fact]
    public void Unknown_instrument_in_the_year_plan_suggests_the_right_name()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, year: MinimalSchool.YearPlan + "    instrument: Moniter\n");
        Assert.Equal(["schools/test/obs-test/jaarplannen/2025-2026.yaml:9:17: PG0201: het instrument 'Moniter' staat niet onder instrumenten: in school.yaml (bedoelde je 'Monitor'?)"], Checks.Lines(repo));
    }

    [Fact]
    public void Example_schools_have_no_errors()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        Assert.DoesNotContain(Checks.Lines(repo), l => !l.Contains(": waarschuwing ", StringComparison.Ordinal));
    }
}
