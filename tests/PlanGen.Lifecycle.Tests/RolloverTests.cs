using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Rollover;

namespace PlanGen.Lifecycle.Tests;

public sealed class RolloverTests
{
    /// <summary>The example's 2025-2026 plan with a director's comments and one finished one-off activity added.</summary>
    private static string Annotated(string original)
    {
        var text = original
            .Replace("schooljaar: 2025-2026\n", "# Jaarplan van OBS De Linde; bijgehouden door de IB'er\nschooljaar: 2025-2026\n")
            .Replace("  - wat: Week tegen Pesten\n    wanneer: 2025-09-22\n", "  # Directeur: samen met de bibliotheek\n  - wat: Week tegen Pesten\n    wanneer: 2025-09-22   # vaste week van de stichting\n")
            .Replace("  - wat: Ouderavond over sociale media\n", "  # oud nieuws, mag weg\n  - wat: Teamscholing Kanjertraining\n    wanneer: 2025-11-05\n    wie: team\n    status: afgerond\n  - wat: Ouderavond over sociale media\n");
        Assert.Contains("# Directeur: samen met de bibliotheek", text);
        Assert.Contains("Teamscholing", text);
        return text;
    }

    [Fact]
    public void Rolling_over_the_example_gives_a_valid_next_year_with_new_dates_and_the_comments_kept()
    {
        using var repo = ExampleSchool.Copy();
        var from = ExampleSchool.PlanPath(repo, "2025-2026");
        File.WriteAllText(from, Annotated(File.ReadAllText(from)));
        File.Delete(ExampleSchool.PlanPath(repo, "2026-2027"));

        var result = YearRollover.Roll(File.ReadAllText(from), new SchoolYear(2025));
        File.WriteAllText(ExampleSchool.PlanPath(repo, "2026-2027"), result.Text);
        var text = result.Text;

        Assert.StartsWith("# Jaarplan van OBS De Linde; bijgehouden door de IB'er\nschooljaar: 2026-2027\nversie: \"1.0\"\n", text);
        Assert.Contains("# aandachtspunten uit 2025-2026: bekijk of ze nog gelden\naandachtspunten:\n  - Alle betrokkenen kennen", text);
        Assert.Contains("  - wat: Gouden weken en klassenafspraken\n    wanneer: september\n    wie: leerkrachten\n    doel: positieve groepsvorming\n    status: gepland\n    terugkerend: ja\n    evaluatie:\n", text);
        Assert.Contains("  - wat: Afname KanVAS leerlingvragenlijst en sociogram\n    wanneer: 2026-10\n", text);
        Assert.Contains("  # Directeur: samen met de bibliotheek\n  - wat: Week tegen Pesten\n    wanneer: 2026-09-22   # vaste week van de stichting\n    wie: anti-pestcoordinator\n    status: gepland\n", text);
        Assert.Contains("    wanneer: 2027-06-15\n", text);
        Assert.Contains("  - wat: Tweede afname KanVAS\n    wanneer: maart\n", text);
        Assert.Contains("  # overgenomen uit 2025-2026\n  - wat: Ouderavond over sociale media\n    wanneer: 2027-02-10\n    wie: coordinator sociale veiligheid\n    status: gepland\n", text);
        Assert.DoesNotContain("Teamscholing", text);
        Assert.DoesNotContain("oud nieuws", text);
        Assert.DoesNotContain("In alle groepen hangen", text);
        Assert.DoesNotContain("afgerond", text);
        Assert.Equal(["Ouderavond over sociale media"], result.CarriedOver);
        Assert.Equal(["Teamscholing Kanjertraining"], result.Dropped);
        Assert.Equal(5, result.Recurring.Count);

        var project = ExampleSchool.Valid(repo);
        var plan = project.Years.Single(y => y.Schooljaar == "2026-2027");
        Assert.Equal("1.0", plan.Versie);
        Assert.All(plan.Activiteiten.Where(a => a.Terugkerend), a => Assert.Equal("gepland", a.Status));
        Assert.All(plan.Activiteiten, a => Assert.Null(a.Evaluatie));
    }

    [Fact]
    public void Rollover_warns_when_a_moved_date_lands_on_a_weekend_or_holiday()
    {
        const string plan = "schooljaar: 2025-2026\nactiviteiten:\n  - wat: Schoolreis\n    wanneer: 2026-05-29\n    terugkerend: ja\n  - wat: Sportdag\n    wanneer: 2026-05-06\n    terugkerend: ja\n  - wat: Ouderavond\n    wanneer: 2025-10-14\n    terugkerend: ja\n";
        var rolled = YearRollover.Roll(plan, new SchoolYear(2025));
        Assert.Contains("wanneer: 2027-05-29", rolled.Text);
        Assert.Equal(["Schoolreis: 2027-05-29 valt op een zaterdag (was 2026-05-29); kies een schooldag", "Sportdag: 2027-05-06 valt op Hemelvaartsdag (was 2026-05-06); kies een schooldag"], rolled.Warnings);
    }

    [Fact]
    public void Unfinished_one_offs_keep_their_status_and_year_evaluation_and_results_are_emptied()
    {
        const string text = "schooljaar: 2025-2026\nactiviteiten:\n  - wat: Pestprotocol herzien\n    wanneer: oktober 2025\n    status: uitgesteld\n    evaluatie: |\n      Nog niet aan toegekomen.\n  - wat: Monitor\n    wanneer: '2025-11'\n    instrument: KanVAS\n    status: afgerond\nevaluatie: |\n  Goed jaar.\nresultaten:\n  - doel: 95% veilig\n    uitkomst: 94%\n    behaald: nee\n";
        var result = YearRollover.Roll(text, new SchoolYear(2025)).Text;
        Assert.Equal("schooljaar: 2026-2027\nactiviteiten:\n  # overgenomen uit 2025-2026\n  - wat: Pestprotocol herzien\n    wanneer: oktober 2026\n    status: uitgesteld\n    evaluatie:\n  - wat: Monitor\n    wanneer: '2026-11'\n    instrument: KanVAS\n    status: gepland\nevaluatie:\nresultaten: []\n", result);
    }

    [Theory]
    [InlineData("2025-10-15", "2026-10-15")]
    [InlineData("2025-10", "2026-10")]
    [InlineData("2028-02-29", "2029-02-28")]
    [InlineData("oktober", "oktober")]
    [InlineData("oktober 2025", "oktober 2026")]
    [InlineData("hele jaar", "hele jaar")]
    public void Moments_move_one_year_on(string before, string after) => Assert.Equal(after, MomentShift.NextYear(before));
}
