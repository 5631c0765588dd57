using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Core.Tests;

public class RenderingTests
{
    private static (IReadOnlyList<SchoolBuildResult> Results, DiagnosticBag General) Build(TestRepository repo, string? school = null)
    {
        var general = new DiagnosticBag();
        var options = new BuildOptions { Root = repo.Root, Writers = [new MarkdownWriter()], School = school };
        return (new BuildService().Build(options, general), general);
    }

    private static TestRepository ExampleRepository()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        return repo;
    }

    [Theory]
    [InlineData("stichting-rivierenland/obs-de-linde", "sociaal-veiligheidsplan")]
    [InlineData("stichting-rivierenland/obs-de-linde", "kwaliteitskaart")]
    [InlineData("stichting-horizon/ikc-de-buitenhof", "sociaal-veiligheidsplan")]
    [InlineData("stichting-horizon/ikc-de-buitenhof", "kwaliteitskaart")]
    [InlineData("stichting-rivierenland/obs-t-kompas", "sociaal-veiligheidsplan")]
    [InlineData("stichting-horizon/jenaplanschool-de-wilgen", "sociaal-veiligheidsplan")]
    [InlineData("stichting-horizon/bs-de-vlinderhof", "sociaal-veiligheidsplan")]
    public void Example_school_markdown_matches_the_approved_golden_file(string school, string document)
    {
        using var repo = ExampleRepository();
        var (results, general) = Build(repo, school);
        Assert.Empty(general.Items);
        Assert.False(Assert.Single(results).Failed);
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "output", school, "2025-2026", document + ".md"));
        Golden.Verify($"{school.Replace('/', '_')}_{document}.md", markdown);
    }

    [Fact]
    public void Every_example_school_gets_both_documents_for_every_year()
    {
        using var repo = ExampleRepository();
        var (results, _) = Build(repo);
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.False(r.Failed));
        var files = Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repo.Root, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(12, files.Count);
        Assert.Contains("output/stichting-rivierenland/obs-de-linde/2026-2027/kwaliteitskaart.md", files);
    }

    [Fact]
    public void Two_builds_give_identical_bytes_and_the_second_writes_nothing()
    {
        using var repo = ExampleRepository();
        Build(repo);
        var first = Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (Bytes: File.ReadAllBytes(f), Time: File.GetLastWriteTimeUtc(f)));
        Thread.Sleep(20);
        Build(repo);
        foreach (var (file, before) in first)
        {
            Assert.Equal(before.Bytes, File.ReadAllBytes(file));
            Assert.Equal(before.Time, File.GetLastWriteTimeUtc(file));
        }
    }

    [Fact]
    public void Absent_sections_leave_no_empty_headings()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        Build(repo);
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "output/test/obs-test/2025-2026/sociaal-veiligheidsplan.md"));
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                var next = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);
                Assert.True(next is not null && (!next.StartsWith('#') || next.Count(c => c == '#') > lines[i].TakeWhile(c => c == '#').Count()),
                    $"heading '{lines[i]}' has no content");
            }
        }
        Assert.DoesNotContain("pesten?", markdown);
        Assert.DoesNotContain("Voorwoord", markdown);
        // No pedagogisch klimaat, preventie, communicatie or bijlagen data: those chapters are absent and numbers close up.
        Assert.Equal(
            ["## 1. Visie en waarden", "## 2. Inzicht", "## 3. Voorwaarden scheppen", "## 4. Signaleren en handelen", "## 5. Borging van beleid", "## 6. Activiteitenplan schooljaar 2025-2026"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_school_partial_overrides_the_built_in_one()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        repo.Write("schools/test/obs-test/templates/partials/rollen-tabel.scriban", "Eigen rollenlijst: {{ for p in rollen }}{{ p.naam }}{{ end }}\n");
        Build(repo);
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "output/test/obs-test/2025-2026/sociaal-veiligheidsplan.md"));
        Assert.Contains("Eigen rollenlijst: Anna Test", markdown);
        Assert.DoesNotContain("| Taak | Naam | Contact |", markdown);
    }

    [Fact]
    public void Misspelt_member_in_a_template_fails_with_file_and_line_and_writes_nothing()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        repo.Write("schools/test/templates/partials/rollen-tabel.scriban", "Regel een\n{{ for p in rollen }}{{ p.nam }}{{ end }}\n");
        var (results, _) = Build(repo);
        var result = Assert.Single(results);
        Assert.True(result.Failed);
        var line = Assert.Single(result.Diagnostics).ToLine();
        Assert.StartsWith("schools/test/templates/partials/rollen-tabel.scriban:2:", line);
        Assert.Contains("PG0401: fout in sjabloon", line);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output")));
    }

    [Fact]
    public void Template_include_cannot_leave_the_template_roots()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        repo.Write("secret.scriban", "GEHEIM");
        repo.Write("schools/test/templates/partials/rollen-tabel.scriban", "{{ include '../../../secret' }}\n");
        var (results, _) = Build(repo);
        Assert.True(Assert.Single(results).Failed);
        Assert.Contains("bestaat niet", Assert.Single(results[0].Diagnostics).Message);
    }

    [Fact]
    public void Invalid_school_writes_nothing_and_keeps_earlier_good_output()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        MinimalSchool.WriteTo(repo);
        Build(repo);
        var file = Path.Combine(repo.Root, "output/test/obs-test/2025-2026/sociaal-veiligheidsplan.md");
        var good = File.ReadAllText(file);
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("naam: OBS Test", "naam: OBS Test\n  onbekend: x"));
        var (results, _) = Build(repo);
        Assert.True(Assert.Single(results).Failed);
        Assert.Equal(good, File.ReadAllText(file));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.tmp"));
    }
}
