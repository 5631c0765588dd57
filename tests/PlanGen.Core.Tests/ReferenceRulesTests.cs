using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Core.Tests;

/// <summary>
/// A plan may refer to the board's meldcode, klachtenregeling and protocol zedenmisdrijven by link, as
/// real plans do: the legal rules pass without invented steps, and the plan says where to find them.
/// </summary>
public class ReferenceRulesTests
{
    private static readonly string BoardWithLinks = MinimalSchool.Board[..MinimalSchool.Board.IndexOf("klachtenregeling:", StringComparison.Ordinal)] + """
        klachtenregeling:
          link: https://www.bestuur.example/klachtenregeling
        privacy:
          fg:
            naam: Fenna Test
            email: fg@test.example
        protocollen:
          - naam: Meldcode van het bestuur
            soort: meldcode
            link: https://www.bestuur.example/meldcode
          - naam: Protocol zedenmisdrijven van het bestuur
            soort: zedenmisdrijven
            link: https://www.bestuur.example/zedenmisdrijven

        """;

    [Fact]
    public void Board_documents_given_by_link_pass_the_legal_rules()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: BoardWithLinks);
        Assert.Empty(Checks.Lines(repo));
    }

    [Fact]
    public void The_plan_says_where_the_referred_documents_are()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo, board: BoardWithLinks);
        var general = new DiagnosticBag();
        new BuildService().Build(new BuildOptions { Root = repo.Root, Writers = [new MarkdownWriter()] }, general);
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "output/test/obs-test/2025-2026/sociaal-veiligheidsplan.md"));
        Assert.Contains("Hoe wij hierbij handelen, staat in [Meldcode van het bestuur](https://www.bestuur.example/meldcode).", markdown);
        Assert.Contains("Hoe wij hierbij handelen, staat in [Protocol zedenmisdrijven van het bestuur](https://www.bestuur.example/zedenmisdrijven).", markdown);
        Assert.Contains("staat in de klachtenregeling van ons bestuur: [https://www.bestuur.example/klachtenregeling](https://www.bestuur.example/klachtenregeling).", markdown);
        Assert.DoesNotContain("Landelijke", markdown);
    }

    [Fact]
    public void Steps_written_without_the_duty_still_fail_even_with_a_link()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: BoardWithLinks.Replace("    link: https://www.bestuur.example/zedenmisdrijven\n", "    link: https://www.bestuur.example/zedenmisdrijven\n    stappen: [Melden aan de directeur]\n"));
        Assert.Contains(Checks.Lines(repo), l => l.Contains("PG0312: het protocol 'Protocol zedenmisdrijven van het bestuur' noemt niet: melden aan het bestuur", StringComparison.Ordinal));
    }

    [Fact]
    public void A_klachtenregeling_without_commissie_or_link_names_both_ways_to_fix_it()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: BoardWithLinks.Replace("  link: https://www.bestuur.example/klachtenregeling\n", "  termijn_indienen: binnen een jaar\n"));
        Assert.Equal(["schools/test/bestuur.yaml:6:3: PG0311: de klachtenregeling is onvolledig (verplicht, WPO art. 14) (vul aan: commissie (of alleen link: naar de klachtenregeling van het bestuur), onafhankelijke_voorzitter: ja, termijn_uitspraak)"],
            Checks.Lines(repo));
    }
}
