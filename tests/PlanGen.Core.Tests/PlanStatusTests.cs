using PlanGen.Document;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Core.Status;

namespace PlanGen.Core.Tests;

/// <summary>What a plan says about itself: concept or vastgesteld per school year, and in which words.</summary>
public class PlanStatusTests
{
    private const string Linde = "stichting-rivierenland/obs-de-linde";

    private static TestRepository Examples()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        return repo;
    }

    /// <summary>Builds one school's Markdown and returns each year's document by "year/file".</summary>
    private static Dictionary<string, string> BuildMarkdown(TestRepository repo, string school, Edition edition = Edition.Intern)
    {
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions { Root = repo.Root, Writers = [new MarkdownWriter()], School = school, Edition = edition }, general);
        Assert.False(Assert.Single(results).Failed);
        var folder = Path.Combine(repo.Root, "output", school);
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);
    }

    [Fact]
    public void De_Linde_2026_2027_is_a_concept_version_0_9_without_last_years_adoption()
    {
        using var repo = Examples();
        var docs = BuildMarkdown(repo, Linde);

        var concept = docs["2026-2027/sociaal-veiligheidsplan.md"];
        Assert.Contains("versie: \"0.9\"\nstatus: \"concept\"\neditie: \"intern\"\nvastgesteld: []\n", concept);
        Assert.Contains("Dit is een concept (versie 0.9): het plan voor schooljaar 2026-2027 is nog niet vastgesteld.", concept);
        Assert.DoesNotContain("15 september 2025", concept);
        Assert.DoesNotContain("2 september 2025", concept);

        var adopted = docs["2025-2026/sociaal-veiligheidsplan.md"];
        Assert.Contains("status: \"vastgesteld\"", adopted);
        Assert.Contains("vastgesteld: [\"Besproken met het team op 2 september 2025\",\"Instemming van de medezeggenschapsraad op 15 september 2025\"]", adopted);
        Assert.Contains("| Instemming van de medezeggenschapsraad | 15 september 2025 |", adopted);
        Assert.DoesNotContain("Dit is een concept", adopted);
    }

    [Fact]
    public void An_adoption_for_the_next_school_year_shows_only_there_and_makes_that_year_vastgesteld()
    {
        using var repo = Examples();
        var file = Path.Combine(repo.Root, "schools", Linde, "school.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("""
                toelichting: instemming

            rollen:
            """, """
                toelichting: instemming
              - orgaan: MR
                datum: 2026-09-21
                versie: "0.9"
              - orgaan: bestuur
                datum: 2026-10-05
                toelichting: kennisname

            rollen:
            """));
        var docs = BuildMarkdown(repo, Linde);

        var next = docs["2026-2027/sociaal-veiligheidsplan.md"];
        Assert.Contains("status: \"vastgesteld\"", next);
        Assert.Contains("vastgesteld: [\"Instemming van de medezeggenschapsraad op 21 september 2026 (versie 0.9)\",\"Ter kennisname aan het bestuur op 5 oktober 2026\"]", next);
        Assert.Contains("| 0.9 | Instemming van de medezeggenschapsraad | 21 september 2026 |", next);
        Assert.DoesNotContain("2025", next.Split("## 2.")[0].Split("### 1.1")[1]);

        var last = docs["2025-2026/sociaal-veiligheidsplan.md"];
        Assert.DoesNotContain("2026-09-21", last);
        Assert.DoesNotContain("21 september 2026", last);
        Assert.DoesNotContain("5 oktober 2026", last);
    }

    [Fact]
    public void The_public_edition_says_openbaar_in_the_front_matter()
    {
        using var repo = Examples();
        var docs = BuildMarkdown(repo, Linde, Edition.Openbaar);
        Assert.Contains("editie: \"openbaar\"", docs["2025-2026/kwaliteitskaart.md"]);
        Assert.DoesNotContain("editie: \"intern\"", docs["2025-2026/kwaliteitskaart.md"]);
    }

    [Theory]
    [InlineData("mr", null, "Instemming van de medezeggenschapsraad op 15 september 2025")]
    [InlineData("mr", "advies", "Advies van de medezeggenschapsraad op 15 september 2025")]
    [InlineData("bestuur", "kennisname", "Ter kennisname aan het bestuur op 15 september 2025")]
    [InlineData("bestuur", null, "Vastgesteld door het bestuur op 15 september 2025")]
    [InlineData("directie", null, "Vastgesteld door de directeur op 15 september 2025")]
    [InlineData("team", null, "Besproken met het team op 15 september 2025")]
    public void Each_step_is_worded_as_what_that_body_does(string body, string? note, string expected)
    {
        var adoption = new Adoption { Orgaan = body, Datum = new DateOnly(2025, 9, 15), Toelichting = note };
        Assert.Equal(expected, AdoptionWording.Sentence(adoption));
    }

    [Fact]
    public void A_plan_whose_version_went_up_after_its_adoption_is_a_concept_again()
    {
        var data = new SchoolData { Vaststelling = [new Adoption { Orgaan = "mr", Datum = new DateOnly(2025, 9, 15), Versie = "1.0" }] };
        var status = PlanStatus.Of(data, new YearPlan { Schooljaar = "2025-2026", Versie = "1.1" });
        Assert.True(status.IsConcept);
        Assert.Equal("Concept \u2013 versie 1.1", status.Label);
        Assert.False(PlanStatus.Of(data, new YearPlan { Schooljaar = "2025-2026", Versie = "1.0" }).IsConcept);
        // Only taking note does not adopt a plan.
        var noted = new SchoolData { Vaststelling = [new Adoption { Orgaan = "bestuur", Datum = new DateOnly(2025, 9, 15), Toelichting = "kennisname" }] };
        Assert.True(PlanStatus.Of(noted, new YearPlan { Schooljaar = "2025-2026" }).IsConcept);
    }

    [Fact]
    public void The_document_info_carries_status_edition_and_one_footer_mark()
    {
        var info = new DocumentInfo
        {
            Kind = DocumentKind.SociaalVeiligheidsplan, FileName = "x", Title = "x", SchoolName = "x", BoardName = "x", SchoolYear = "2026-2027",
            Timestamp = DateTimeOffset.UnixEpoch, IsConcept = true, Version = "0.9", StatusLabel = "Concept \u2013 versie 0.9",
        };
        Assert.Equal("Concept \u2013 versie 0.9 \u00B7 Interne versie \u2013 niet publiceren", info.FooterMark);
        Assert.Equal("Concept \u2013 versie 0.9", (info with { IsInternal = false }).FooterMark);
        Assert.Null((info with { IsInternal = false }).EditionLabel);
    }
}
