using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The editor a director uses: VS Code's YAML extension runs yaml-language-server with the schemas
/// PlanGen writes. Driven for real over stdio: clean files are clean, mistakes are explained in Dutch,
/// completion offers only the canonical words.
/// </summary>
public class EditorTests
{
    private static readonly string Good = File.ReadAllText(Path.Combine(TestRepository.SourceRoot, "tests", "fixtures", "mistakes", "00-goed.yaml"));

    [SkippableFact]
    public void Every_example_file_is_clean_in_the_editor()
    {
        var missing = YamlLanguageServer.Missing();
        Skip.If(missing is not null, missing);
        var root = TestRepository.SourceRoot;
        using var server = new YamlLanguageServer(root);
        var files = Directory.EnumerateFiles(Path.Combine(root, "schools"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 11);
        foreach (var file in files)
        {
            var problems = server.Diagnose(file);
            Assert.True(problems.Count == 0, $"{file}: {string.Join(" | ", problems)}");
        }
    }

    [SkippableFact]
    public void A_new_school_in_a_board_repository_without_docs_works_in_the_editor()
    {
        var missing = YamlLanguageServer.Missing();
        Skip.If(missing is not null, missing);
        using var repo = new TestRepository();
        Directory.CreateDirectory(Path.Combine(repo.Root, "schools"));
        var created = Plangen.Run(repo.Root, "new", "stichting-proef/obs-de-proef", "--schooljaar", "2025-2026");
        Assert.Equal(0, created.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "docs")));
        Assert.Contains("geschreven: .vscode/settings.json", created.Out);
        var school = Path.Combine(repo.Root, "schools/stichting-proef/obs-de-proef/school.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../../../.vscode/plangen/school.schema.json", File.ReadAllText(school));

        // Five mistakes in schools the new set-up maps by glob (no schema line in these files).
        var broken = new (string Name, string From, string To, string Expected)[]
        {
            ("rol", "aanspreekpunt pesten, vertrouwenspersoon]", "aanspreekpunt pesten, conciërge]", "12:55: onbekende waarde; kies uit: anti-pestcoordinator, aanspreekpunt-pesten, vertrouwenspersoon"),
            ("datum", "datum: 2025-09-15", "datum: 15-9-2025", "38:12: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15"),
            ("janee", "toestemming_levering: ja", "toestemming_levering: misschien", "24:27: schrijf ja of nee"),
            ("getal", "per_jaar: 1", "per_jaar: vaak", "22:15: schrijf een geheel getal, bijvoorbeeld 2"),
            ("veld", "  plaats: Voorbeeldplaats", "  plaatss: Voorbeeldplaats", "3:3: hier hoort een blok met de velden: naam (verplicht), brin, adres, plaats"),
        };
        foreach (var (name, from, to, _) in broken)
        {
            repo.Write($"schools/stichting-proef/obs-kapot-{name}/school.yaml", Good.Replace(from, to));
        }
        repo.Write("schools/stichting-proef/obs-aanvullen/school.yaml", "school:\n  naam: X\nrollen:\n  - rol: \n");

        using var server = new YamlLanguageServer(repo.Root);
        foreach (var file in new[] { school, Path.Combine(repo.Root, "schools/stichting-proef/bestuur.yaml"), Path.Combine(repo.Root, "schools/stichting-proef/obs-de-proef/jaarplannen/2025-2026.yaml") })
        {
            var problems = server.Diagnose(file);
            Assert.True(problems.Count == 0, $"{file}: {string.Join(" | ", problems)}");
        }
        foreach (var (name, _, _, expected) in broken)
        {
            var problem = Assert.Single(server.Diagnose(Path.Combine(repo.Root, $"schools/stichting-proef/obs-kapot-{name}/school.yaml")));
            Assert.StartsWith(expected, problem);
        }

        var aanvullen = Path.Combine(repo.Root, "schools/stichting-proef/obs-aanvullen/school.yaml");
        server.Diagnose(aanvullen);
        var completion = server.Complete(aanvullen, 3, 9);
        Assert.Equal(
            ["anti-pestcoordinator", "aanspreekpunt-pesten", "vertrouwenspersoon", "externe-vertrouwenspersoon", "intern-begeleider", "aandachtsfunctionaris", "coordinator-sociale-veiligheid",
             "directeur", "bhv", "preventiemedewerker", "functionaris-gegevensbescherming", "gedragsspecialist", "mr-lid"],
            completion.Select(c => c.Label).ToList());
        Assert.All(completion, c => Assert.False(string.IsNullOrWhiteSpace(c.Documentation), c.Label));
        Assert.Contains(completion, c => c.Label == "anti-pestcoordinator" && c.Documentation!.StartsWith("Anti-pestcoördinator", StringComparison.Ordinal));
    }
}
