using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Tests;
using PlanGen.Lifecycle.Diff;
using PlanGen.Lifecycle.Schools;

namespace PlanGen.Lifecycle.Tests;

public sealed class DiffTests
{
    private const string Older = """
        schooljaar: 2025-2026
        versie: "1.0"
        aandachtspunten:
          - Iedereen kent de kapstokregels.
        activiteiten:
          - wat: Gouden weken
            wanneer: september
            wie: leerkrachten
            terugkerend: ja
          - wat: Afname KanVAS leerlingvragenlijst en sociogram
            wanneer: 2025-10
            wie: intern begeleider
            instrument: KanVAS leerlingvragenlijst
            terugkerend: ja
          - wat: Ouderavond over sociale media
            wanneer: 2026-02-10
            wie: directeur
          - wat: Resultaten monitor aanleveren bij de Inspectie
            wanneer: 2026-06-15
            wie: directeur
            levering_inspectie: ja
            terugkerend: ja

        """;

    // One year on: the same plan rolled over, with one activity added, one removed and one changed.
    private const string Newer = """
        schooljaar: 2026-2027
        versie: "1.0"
        aandachtspunten:
          - Iedereen kent de kapstokregels.
        activiteiten:
          - wat: Gouden weken
            wanneer: september
            wie: leerkrachten
            terugkerend: ja
          - wat: Afname KanVAS leerlingvragenlijst en sociogram
            wanneer: 2026-10
            wie: anti-pestcoordinator
            instrument: KanVAS leerlingvragenlijst
            terugkerend: ja
          - wat: Week van de mediawijsheid
            wanneer: 2026-11-10
            wie: leerkrachten
          - wat: Resultaten monitor aanleveren bij de Inspectie
            wanneer: 2027-06-15
            wie: directeur
            levering_inspectie: ja
            terugkerend: ja

        """;

    private static IReadOnlyList<(string Document, IReadOnlyList<SectionChange> Sections)> CompareYears(TestRepository repo)
    {
        File.WriteAllText(ExampleSchool.PlanPath(repo, "2025-2026"), Older);
        File.WriteAllText(ExampleSchool.PlanPath(repo, "2026-2027"), Newer);
        var diagnostics = new DiagnosticBag();
        var older = YearDocuments.Render(repo.Root, "obs-de-linde", "2025-2026", diagnostics);
        var newer = YearDocuments.Render(repo.Root, "obs-de-linde", "2026-2027", diagnostics);
        Assert.True(older is not null && newer is not null, string.Join("\n", diagnostics.Sorted()));
        return DocumentComparison.Compare(older!, newer!, YearShift.Between(2025, 2026));
    }

    [Fact]
    public void Two_years_differ_in_exactly_the_changed_activities()
    {
        using var repo = ExampleSchool.Copy();
        var documents = CompareYears(repo);

        var plan = documents.Single(d => d.Document == "Sociaal veiligheidsplan").Sections;
        // Besides the activities only the adoption differs: last year's plan was adopted, this year's is a concept.
        Assert.Equal(2, plan.Count(s => s.HasChanges));
        Assert.Contains(plan, s => s.HasChanges && s.Heading.Contains("Vaststelling", StringComparison.Ordinal));
        var changed = Assert.Single(plan, s => s.HasChanges && !s.Heading.Contains("Vaststelling", StringComparison.Ordinal));
        Assert.Contains("Activiteitenplan schooljaar 2026-2027", changed.Heading);
        var added = Assert.Single(changed.Steps, s => s.Kind == ChangeKind.Added);
        var removed = Assert.Single(changed.Steps, s => s.Kind == ChangeKind.Removed);
        var modified = Assert.Single(changed.Steps, s => s.Kind == ChangeKind.Changed);
        Assert.StartsWith("10 november 2026 · Week van de mediawijsheid", added.New!.Text);
        Assert.StartsWith("10 februari 2026 · Ouderavond over sociale media", removed.Old!.Text);
        Assert.Contains("Intern begeleider", modified.Old!.Text);
        Assert.Contains("Anti-pestcoördinator", modified.New!.Text);
        var same = changed.Steps.Where(s => s.Kind == ChangeKind.Same).Select(s => s.New!.Text).ToList();
        Assert.Contains(same, t => t.Contains("Gouden weken", StringComparison.Ordinal));
        Assert.Contains(same, t => t.Contains("Resultaten monitor aanleveren", StringComparison.Ordinal));
        Assert.DoesNotContain(documents.Single(d => d.Document == "Kwaliteitskaart").Sections, s => s.HasChanges);

        var summary = ChangeSummary.Write("Wijzigingen", documents);
        Assert.Contains("**Toegevoegd**\n\n- 10 november 2026 · Week van de mediawijsheid", summary);
        Assert.Contains("**Verwijderd**\n\n- 10 februari 2026 · Ouderavond over sociale media", summary);
        Assert.Contains("## Kwaliteitskaart\n\nGeen wijzigingen.", summary);
    }

    [SkippableFact]
    public void Tracked_changes_docx_is_valid_and_pandoc_shows_the_insertions_and_deletions()
    {
        using var repo = ExampleSchool.Copy();
        var documents = CompareYears(repo);
        var path = Path.Combine(repo.Root, "wijzigingen.docx");
        using (var file = File.Create(path))
        {
            TrackedChangesDocx.Write(file, "Wijzigingen OBS De Linde", documents, new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        using (var package = WordprocessingDocument.Open(path, false))
        {
            var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var xml = package.MainDocumentPart!.Document!.OuterXml;
            Assert.Contains("<w:ins ", xml);
            Assert.Contains("<w:del ", xml);
            Assert.Contains("w:author=\"PlanGen\"", xml);
            Assert.Contains("w:date=\"2026-08-01T00:00:00Z\"", xml);
        }

        var markdown = Pandoc(path);
        Skip.If(markdown is null, "pandoc is niet geïnstalleerd; installeer het (apt-get install pandoc) om deze controle te doen");
        var flat = string.Join(" ", markdown!.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"\[[^\]]*Week van de mediawijsheid[^\]]*\]\{\.insertion author=""PlanGen""", flat);
        Assert.Matches(@"\[[^\]]*Ouderavond over sociale media[^\]]*\]\{\.deletion author=""PlanGen""", flat);
        Assert.Matches(@"\[Anti-pestcoördinator\]\{\.insertion", flat);
        Assert.Matches(@"\[Intern begeleider\]\{\.deletion", flat);
    }

    private static string? Pandoc(string docx)
    {
        try
        {
            var start = new ProcessStartInfo("pandoc", ["--track-changes=all", "-f", "docx", "-t", "markdown", docx]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
