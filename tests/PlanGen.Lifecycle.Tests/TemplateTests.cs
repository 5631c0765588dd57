using PlanGen.Core.Diagnostics;
using PlanGen.Lifecycle.Adoption;
using PlanGen.Lifecycle.Schools;

namespace PlanGen.Lifecycle.Tests;

public sealed class TemplateTests
{
    [Fact]
    public void Next_years_documents_show_last_years_results_and_the_version_table()
    {
        using var repo = ExampleSchool.Copy();
        var plan = ExampleSchool.PlanPath(repo, "2025-2026");
        File.AppendAllText(plan, "resultaten:\n  - doel: 95% van de leerlingen voelt zich veilig\n    uitkomst: 94% (KanVAS, oktober)\n    behaald: nee\n");
        var school = Path.Combine(repo.Root, ExampleSchool.Linde, "school.yaml");
        File.WriteAllText(school, AdoptionSplicer.Add(File.ReadAllText(school), new AdoptionEntry("MR", new DateOnly(2026, 9, 15), "0.9", "2026-2027", null, ["Activiteiten 2026-2027"])));

        var diagnostics = new DiagnosticBag();
        var documents = YearDocuments.Render(repo.Root, "obs-de-linde", "2026-2027", diagnostics);
        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        var veiligheidsplan = documents!.Single(d => d.Info.FileName == "sociaal-veiligheidsplan").Markdown;
        var kaart = documents!.Single(d => d.Info.FileName == "kwaliteitskaart").Markdown;

        Assert.Contains("Resultaten schooljaar 2025-2026\n\n", veiligheidsplan);
        Assert.Contains("| Doel | Uitkomst | Behaald |\n|---|---|---|\n| 95% van de leerlingen voelt zich veilig | 94% (KanVAS, oktober) | nee |", veiligheidsplan);
        Assert.Contains("| Gouden weken en klassenafspraken | In alle groepen hangen de klassenafspraken zichtbaar. |", veiligheidsplan);
        Assert.Contains("| Versie | Stap | Datum | Wat is gewijzigd |", veiligheidsplan);
        Assert.Contains("| 0.9 | Instemming van de medezeggenschapsraad | 15 september 2026 | Activiteiten 2026-2027 |", veiligheidsplan);
        // Last year's adoptions belong to last year's plan.
        Assert.DoesNotContain("15 september 2025", veiligheidsplan);
        Assert.Contains("- 95% van de leerlingen voelt zich veilig: 94% (KanVAS, oktober) (niet behaald)", kaart);
        Assert.Contains("Instemming van de medezeggenschapsraad op 15 september 2026 (versie 0.9)", kaart);
        Assert.Contains("status: \"vastgesteld\"", kaart);
    }
}
