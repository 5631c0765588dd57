using PlanGen.Core.Diagnostics;
using PlanGen.Core.Tests;
using PlanGen.Lifecycle.Adoption;

namespace PlanGen.Lifecycle.Tests;

public sealed class AdoptionTests
{
    private static string SchoolFile(TestRepository repo) => Path.Combine(repo.Root, ExampleSchool.Linde, "school.yaml");

    [Fact]
    public void Vaststellen_adds_an_entry_after_the_last_one_and_keeps_comments()
    {
        using var repo = ExampleSchool.Copy();
        var path = SchoolFile(repo);
        var original = File.ReadAllText(path).Replace("  - orgaan: MR\n    datum: 2025-09-15\n", "  # MR-vergadering van september\n  - orgaan: MR\n    datum: 2025-09-15   # na de zomer\n");
        var entry = new AdoptionEntry("MR", new DateOnly(2026, 9, 15), "2.0", "2026-2027", "instemming", ["Nieuwe activiteit: ouderavond", "Datum Week tegen Pesten"]);

        var text = AdoptionSplicer.Add(original, entry);

        Assert.Contains("  # MR-vergadering van september\n  - orgaan: MR\n    datum: 2025-09-15   # na de zomer\n    toelichting: instemming\n  - orgaan: MR\n    datum: 2026-09-15\n    toelichting: instemming\n    versie: \"2.0\"\n    schooljaar: 2026-2027\n    wijzigingen:\n      - \"Nieuwe activiteit: ouderavond\"\n      - Datum Week tegen Pesten\n\nrollen:\n", text);
        Assert.Equal(original, text.Replace("  - orgaan: MR\n    datum: 2026-09-15\n    toelichting: instemming\n    versie: \"2.0\"\n    schooljaar: 2026-2027\n    wijzigingen:\n      - \"Nieuwe activiteit: ouderavond\"\n      - Datum Week tegen Pesten\n", ""));

        File.WriteAllText(path, text);
        var adoption = ExampleSchool.Valid(repo).Data.Vaststelling[^1];
        Assert.Equal(("mr", "2.0", "2026-2027"), (adoption.Orgaan, adoption.Versie, adoption.Schooljaar));
        Assert.Equal(["Nieuwe activiteit: ouderavond", "Datum Week tegen Pesten"], adoption.Wijzigingen);
    }

    [Fact]
    public void A_school_without_vaststelling_gets_the_block_after_visie()
    {
        const string text = "school:\n  naam: X\n# visie\nvisie:\n  kernwaarde: Rust\nrollen: []\n";
        var result = AdoptionSplicer.Add(text, new AdoptionEntry("team", new DateOnly(2025, 9, 1), null, null, null, []));
        Assert.Equal("school:\n  naam: X\n# visie\nvisie:\n  kernwaarde: Rust\n\nvaststelling:\n  - orgaan: team\n    datum: 2025-09-01\nrollen: []\n", result);
    }

    [Fact]
    public void Warning_fires_when_the_plan_version_went_up_after_the_last_adoption()
    {
        using var repo = ExampleSchool.Copy();
        var path = SchoolFile(repo);
        var original = File.ReadAllText(path);
        // The newest plan (2026-2027) has versie 0.9; adopt 0.9, then raise the plan to 1.1.
        File.WriteAllText(path, AdoptionSplicer.Add(original, new AdoptionEntry("MR", new DateOnly(2026, 9, 15), "0.9", "2026-2027", null, [])));
        Assert.DoesNotContain(ExampleSchool.Check(repo).Diagnostics.Items, d => d.Code == Codes.AdoptedVersionBehind);

        var plan = ExampleSchool.PlanPath(repo, "2026-2027");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("versie: \"0.9\"", "versie: \"1.1\""));
        var warning = Assert.Single(ExampleSchool.Check(repo).Diagnostics.Items, d => d.Code == Codes.AdoptedVersionBehind);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("versie 1.1, vastgesteld is versie 0.9", warning.Message);
        Assert.EndsWith("2026-2027.yaml", warning.Location.File);
    }

    [Fact]
    public void Schools_that_record_no_versions_get_no_warning()
    {
        using var repo = ExampleSchool.Copy();
        Assert.DoesNotContain(ExampleSchool.Check(repo).Diagnostics.Items, d => d.Code == Codes.AdoptedVersionBehind);
    }
}
