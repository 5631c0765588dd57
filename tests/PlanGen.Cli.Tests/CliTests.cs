using System.Text.Json;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

public class CliTests
{
    private static TestRepository Examples()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        return repo;
    }

    [Fact]
    public void Help_is_in_dutch_and_lists_every_command()
    {
        using var repo = new TestRepository();
        var result = Plangen.Run(repo.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gebruik:", result.Out);
        Assert.Contains("Opdrachten:", result.Out);
        foreach (var command in new[] { "validate", "build", "schema", "new" })
        {
            Assert.Contains(command, result.Out);
        }
        var build = Plangen.Run(repo.Root, "build", "--help");
        Assert.Contains("--school", build.Out);
        Assert.Contains("Bouw alleen deze school", build.Out);
        Assert.Contains("Toon deze uitleg", build.Out);
        foreach (var command in new[] { "validate", "build", "schema", "new", "nieuw-schooljaar", "diff", "agenda", "vaststellen", "publish" })
        {
            var help = Plangen.Run(repo.Root, command, "--help");
            Assert.True(help.ExitCode == 0 && help.Out.Contains("Gebruik:", StringComparison.Ordinal), $"{command} --help: {help.Error}");
        }
    }

    [Fact]
    public void Wrong_use_exits_with_2_and_a_dutch_message()
    {
        using var repo = new TestRepository();
        var unknown = Plangen.Run(repo.Root, "build", "--kleur", "rood");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("onbekende optie '--kleur'", unknown.Error);
        var format = Plangen.Run(repo.Root, "build", "--format", "odt");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("'odt' is geen geldige waarde", format.Error);
    }

    [Fact]
    public void Broken_school_fails_validate_and_build_with_exit_1_and_writes_nothing()
    {
        using var repo = Examples();
        var file = Path.Combine(repo.Root, "schools/stichting-rivierenland/obs-t-kompas/school.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("rol: [anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]", "rol: [aanspreekpunt pesten, vertrouwenspersoon]"));

        var validate = Plangen.Run(repo.Root, "validate");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("schools/stichting-rivierenland/obs-t-kompas/school.yaml:20:3: PG0301: er is geen anti-pestcoördinator genoemd (verplicht, WPO art. 4c)", validate.Out);
        Assert.Matches(@"5 scholen gecontroleerd: 1 fout, \d+ waarschuwingen\.", validate.Out);

        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("PG0301", build.Error);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output")));
        Assert.DoesNotContain("   at ", build.Error + build.Out); // no stack trace
    }

    [Fact]
    public void A_failing_school_does_not_stop_the_others()
    {
        using var repo = Examples();
        File.AppendAllText(Path.Combine(repo.Root, "schools/stichting-horizon/jenaplanschool-de-wilgen/school.yaml"), "\nonbekend_veld: 1\n");
        var build = Plangen.Run(repo.Root, "build", "--format", "md");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("4 van 5 scholen gebouwd", build.Out);
        Assert.True(File.Exists(Path.Combine(repo.Root, "output/stichting-horizon/ikc-de-buitenhof/2025-2026/sociaal-veiligheidsplan.md")));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output/stichting-horizon/jenaplanschool-de-wilgen")));
    }

    [Fact]
    public void Json_and_sarif_reports_are_machine_readable()
    {
        using var repo = Examples();
        File.AppendAllText(Path.Combine(repo.Root, "schools/stichting-horizon/ikc-de-buitenhof/school.yaml"), "\nkwaliteitskaartt: {}\n");
        var json = Plangen.Run(repo.Root, "validate", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        var message = report.RootElement.GetProperty("meldingen")[0];
        Assert.Equal("PG0101", message.GetProperty("code").GetString());
        Assert.Equal("bedoelde je 'kwaliteitskaart'?", message.GetProperty("hint").GetString());

        var sarif = Plangen.Run(repo.Root, "validate", "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.Out);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("schools/stichting-horizon/ikc-de-buitenhof/school.yaml",
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void New_school_fails_on_its_example_values_until_they_are_replaced_and_is_never_overwritten()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("templates");
        var created = Plangen.Run(repo.Root, "new", "stichting-nieuw/obs-de-start", "--schooljaar", "2025-2026");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("aangemaakt: schools/stichting-nieuw/obs-de-start/school.yaml", created.Out);
        var file = Path.Combine(repo.Root, "schools/stichting-nieuw/obs-de-start/school.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=", File.ReadAllText(file));
        Assert.Matches(@"\nvaststelling:\n\n", File.ReadAllText(file));

        // Untouched: every example value is an error with its line, also in the strictest check, and publish refuses the school.
        var validate = Plangen.Run(repo.Root, "validate", "--strict", "--regime", "wvvo");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("schools/stichting-nieuw/obs-de-start/school.yaml:11:11: PG0150: plaats: hier staat nog een voorbeeldwaarde van plangen new ('VUL IN: plaats')", validate.Out);
        Assert.Contains("PG0150: naam: hier staat nog een voorbeeldwaarde van plangen new ('VUL IN: naam van de anti-pestcoördinator')", validate.Out);
        Assert.Contains("schools/stichting-nieuw/bestuur.yaml:", validate.Out);
        Assert.DoesNotContain("geen geldig e-mailadres", validate.Out);
        var publish = Plangen.Run(repo.Root, "publish", "--out", "site");
        Assert.Equal(1, publish.ExitCode);
        Assert.False(File.Exists(Path.Combine(repo.Root, "site/stichting-nieuw/obs-de-start/index.html")));
        Assert.DoesNotContain("obs-de-start", File.ReadAllText(Path.Combine(repo.Root, "site/index.html")));

        // Filled in: no errors left.
        foreach (var yaml in Directory.EnumerateFiles(Path.Combine(repo.Root, "schools"), "*.yaml", SearchOption.AllDirectories))
        {
            var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(yaml), @"(\w+): ""VUL IN: [^""]*""", m => m.Groups[1].Value switch
            {
                "email" => "email: contact@obs-de-start.example",
                "website" => "website: https://www.obs-de-start.example",
                var key => $"{key}: Ingevuld door de school",
            });
            File.WriteAllText(yaml, text.Replace("VUL IN: beschrijf hier", "Wij beschrijven hier", StringComparison.Ordinal));
        }
        var filled = Plangen.Run(repo.Root, "validate");
        Assert.Equal(0, filled.ExitCode);
        Assert.Matches(@"1 school gecontroleerd: 0 fouten, \d+ waarschuwingen\.", filled.Out);
        Assert.DoesNotContain("PG0150", filled.Out);

        var again = Plangen.Run(repo.Root, "new", "stichting-nieuw/obs-de-start");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("bestaat al", again.Error);
        Assert.Equal(2, Plangen.Run(repo.Root, "new", "Geen Goede Naam").ExitCode);
    }

    [Fact]
    public void Schema_is_json_with_dutch_descriptions()
    {
        using var repo = new TestRepository();
        var result = Plangen.Run(repo.Root, "schema");
        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Out);
        var school = schema.RootElement.GetProperty("properties").GetProperty("school");
        Assert.Equal("Gegevens van de school.", school.GetProperty("description").GetString());
        Assert.Contains("school", schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Building_everything_twice_gives_identical_bytes_in_every_format()
    {
        using var repo = Examples();
        var first = Plangen.Run(repo.Root, "build", "--format", "all");
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        var files = Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "*", SearchOption.AllDirectories).Order().ToList();
        Assert.Contains(files, f => f.EndsWith("sociaal-veiligheidsplan.md", StringComparison.Ordinal));
        var before = files.ToDictionary(f => f, File.ReadAllBytes);
        Directory.Delete(Path.Combine(repo.Root, "output"), recursive: true);
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--format", "all").ExitCode);
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{file} differs between two builds");
        }
    }
}
