using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Tests;
using PlanGen.Document;
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

    private static IReadOnlyList<(string Document, IReadOnlyList<SectionChange> Sections)> CompareYears(TestRepository repo) =>
        CompareYears(repo, out _);

    private static IReadOnlyList<(string Document, IReadOnlyList<SectionChange> Sections)> CompareYears(TestRepository repo, out RenderedDocument newest)
    {
        File.WriteAllText(ExampleSchool.PlanPath(repo, "2025-2026"), Older);
        File.WriteAllText(ExampleSchool.PlanPath(repo, "2026-2027"), Newer);
        var diagnostics = new DiagnosticBag();
        var older = YearDocuments.Render(repo.Root, "obs-de-linde", "2025-2026", diagnostics);
        var newer = YearDocuments.Render(repo.Root, "obs-de-linde", "2026-2027", diagnostics);
        Assert.True(older is not null && newer is not null, string.Join("\n", diagnostics.Sorted()));
        newest = newer![0];
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
        var documents = CompareYears(repo, out var newest);
        var path = Path.Combine(repo.Root, "wijzigingen.docx");
        using (var file = File.Create(path))
        {
            TrackedChangesDocx.Write(file, newest, "Wijzigingen OBS De Linde", documents, August2026);
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
            // The DOCX writer's own styles (house colour, Word's Heading styles) and running header.
            var styles = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml;
            Assert.Contains("w:styleId=\"Heading2\"", styles);
            Assert.Contains("<w:trackRevisions />", package.MainDocumentPart.DocumentSettingsPart!.Settings!.OuterXml);
            Assert.Contains("OBS De Linde", package.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
        }

        var markdown = Pandoc(path);
        Skip.If(markdown is null, "pandoc is niet geïnstalleerd; installeer het (apt-get install pandoc) om deze controle te doen");
        var flat = string.Join(" ", markdown!.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"\[[^\]]*Week van de mediawijsheid[^\]]*\]\{\.insertion author=""PlanGen""", flat);
        Assert.Matches(@"\[[^\]]*Ouderavond over sociale media[^\]]*\]\{\.deletion author=""PlanGen""", flat);
        Assert.Matches(@"\[Anti-pestcoördinator\]\{\.insertion", flat);
        Assert.Matches(@"\[Intern begeleider\]\{\.deletion", flat);
    }

    [Fact]
    public void Tracked_changes_docx_has_the_same_bytes_every_run()
    {
        using var repo = ExampleSchool.Copy();
        var documents = CompareYears(repo, out var newest);
        byte[] Write()
        {
            using var buffer = new MemoryStream();
            TrackedChangesDocx.Write(buffer, newest, "Wijzigingen OBS De Linde", documents, August2026);
            return buffer.ToArray();
        }

        var first = Write();
        Thread.Sleep(2100); // a zip entry's time has two-second steps: a clock in the file would show now
        Assert.Equal(first, Write());
    }

    [Fact]
    public void Sections_come_from_the_typed_tree()
    {
        // The dialect's cases a regex splitter reads wrongly: a second '#', a capital 'Kader', a card
        // block, a list with a nested list and a continuation line, a table header, front matter.
        const string markdown = """
            ---
            titel: Plan
            ---
            # Sociaal veiligheidsplan

            Inleiding met *nadruk* en een [link](https://school.example).

            ## 1. Visie

            ::: Kader
            Wij zijn **veilig**.
            :::

            - eerste punt
              loopt door
              - genest punt

            # Tweede titel

            | Wat | Wanneer |
            |---|---|
            | Gouden weken | september |

            ::: blok plan
            ### Plan
            Doelen.
            :::
            """;
        var info = new DocumentInfo
        {
            Kind = DocumentKind.SociaalVeiligheidsplan,
            FileName = "sociaal-veiligheidsplan",
            Title = "Sociaal veiligheidsplan",
            SchoolName = "OBS De Linde",
            BoardName = "Stichting Lindeland",
            SchoolYear = "2025-2026",
            Timestamp = August2026,
        };
        var sections = SectionReader.Read(RenderedDocument.Create(info, markdown));

        Assert.Equal(["Sociaal veiligheidsplan", "1. Visie", "Tweede titel", "Plan"], sections.Select(s => s.Heading));
        Assert.Equal("Visie", sections[1].Key);
        Assert.Equal("Inleiding met nadruk en een link.", Assert.Single(sections[0].Items).Text);
        Assert.Equal(
            [(ItemKind.Paragraph, "Wij zijn veilig."), (ItemKind.ListItem, "eerste punt loopt door"), (ItemKind.ListItem, "genest punt")],
            sections[1].Items.Select(i => (i.Kind, i.Text)));
        var row = Assert.Single(sections[2].Items);
        Assert.Equal((ItemKind.TableRow, "Gouden weken \u00B7 september", "Gouden weken"), (row.Kind, row.Text, row.Key));
        Assert.Equal("Doelen.", Assert.Single(sections[3].Items).Text);
    }

    private static readonly DateTimeOffset August2026 = new(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);

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
