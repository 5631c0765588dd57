using System.Text.Json;
using Json.Schema;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Schema;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Tests;

/// <summary>The editor's JSON Schema and the loader must agree: on the example schools and on a corpus of small files.</summary>
public class SchemaTests
{
    // JsonSchema.Net registers each schema by its $id once per process.
    private static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemaGenerator.Files.Keys
        .ToDictionary(name => name, name => JsonSchema.FromText(JsonSchemaGenerator.Generate(JsonSchemaGenerator.Files[name], name)));

    private static bool SchemaAccepts(string schemaName, string yaml) => SchemaErrors(schemaName, yaml).Count == 0;

    /// <summary>Where the schema rejects the file (instance location: error), empty when valid.</summary>
    private static List<string> SchemaErrors(string schemaName, string yaml)
    {
        var node = YamlReader.ReadText(yaml, "x.yaml", new DiagnosticBag());
        var json = JsonSerializer.SerializeToElement(node is null ? null : YamlToJson.Convert(node));
        var result = Schemas[schemaName].Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Where(e => !e.Contains("should be \"null\"", StringComparison.Ordinal) && !e.Contains("van het bestuur", StringComparison.Ordinal)).Prepend("invalid").ToList();
    }

    [Theory]
    [InlineData("school")]
    [InlineData("bestuur")]
    [InlineData("jaarplan")]
    public void Committed_schema_files_are_up_to_date(string name)
    {
        var committed = File.ReadAllText(Path.Combine(TestRepository.SourceRoot, "docs", "schema", $"{name}.schema.json"));
        Assert.True(committed.TrimEnd() == JsonSchemaGenerator.Generate(JsonSchemaGenerator.Files[name], name).TrimEnd(),
            $"docs/schema/{name}.schema.json is stale: run plangen schema --bestand {name} > docs/schema/{name}.schema.json");
    }

    [Fact]
    public void Every_example_file_validates_against_its_schema()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestRepository.SourceRoot, "schools"), "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 11);
        foreach (var file in files)
        {
            var kind = Path.GetFileName(file) == "bestuur.yaml" ? "bestuur" : Path.GetFileName(Path.GetDirectoryName(file)) == "jaarplannen" ? "jaarplan" : "school";
            var errors = SchemaErrors(kind, File.ReadAllText(file));
            Assert.True(errors.Count == 0, $"{file} does not validate against the {kind} schema: {string.Join("; ", errors.OrderByDescending(e => e.Split(':')[0].Count(c => c == '/')).Take(12))}");
        }
    }

    public static TheoryData<string, string, bool> Corpus => new()
    {
        { "minimal school", MinimalSchool.School, true },
        { "role as one text", MinimalSchool.School.Replace("[anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]", "anti-pestcoördinator"), true },
        { "step as one line", MinimalSchool.School + "protocollen:\n  - naam: P\n    stappen: [Eerst dit, Dan dat]\n", true },
        { "card block as a list", MinimalSchool.School + "kwaliteitskaart:\n  ambitie: [Groen]\n", true },
        { "board items marker", MinimalSchool.School + "bijlagen:\n  - (van het bestuur)\n  - titel: Gids\n", true },
        { "ja as a boolean", MinimalSchool.School.Replace("sociale_veiligheid: ja", "sociale_veiligheid: nee"), true },
        { "role in capitals", MinimalSchool.School.Replace("[anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]", "[anti-pestcoördinator, aanspreekpunt pesten, Vertrouwenspersoon]"), true },
        { "one role with a capital", MinimalSchool.School.Replace("[anti-pestcoördinator, aanspreekpunt pesten, vertrouwenspersoon]", "Vertrouwenspersoon").Replace("[coördinator sociale veiligheid,", "[anti-pestcoordinator, aanspreekpunt-pesten, coördinator sociale veiligheid,"), true },
        { "organ as Mr", MinimalSchool.School.Replace("orgaan: MR", "orgaan: Mr"), true },
        { "month written out with a capital", MinimalSchool.School.Replace("    per_jaar: 1\n", "    per_jaar: 1\n    maanden: November\n"), true },
        { "NEE in capitals", MinimalSchool.School.Replace("sociale_veiligheid: ja\n    toestemming_levering: ja", "sociale_veiligheid: ja\n    toestemming_levering: NEE"), true },
        { "yes as a boolean", MinimalSchool.School.Replace("toestemming_levering: ja", "toestemming_levering: yes"), true },
        { "role with underscores", MinimalSchool.School.Replace("aanspreekpunt pesten", "aanspreekpunt_pesten"), true },
        { "not a yes or no", MinimalSchool.School.Replace("toestemming_levering: ja", "toestemming_levering: misschien"), false },
        { "unknown month", MinimalSchool.School.Replace("    per_jaar: 1\n", "    per_jaar: 1\n    maanden: Brumaire\n"), false },
        { "unknown key", MinimalSchool.School + "visie:\n  kernwaard: x\n", false },
        { "missing school name", MinimalSchool.School.Replace("  naam: OBS Test\n", "  plaats: X\n"), false },
        { "object where a list belongs", MinimalSchool.School + "partners:\n  naam: GGD\n", false },
        { "unknown role", MinimalSchool.School.Replace("vertrouwenspersoon]", "conciërge]"), false },
        { "bad date", MinimalSchool.School.Replace("rie_datum: 2024-01-10", "rie_datum: 15-09-2025"), false },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Schema_and_loader_agree(string name, string school, bool valid)
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: school);
        var loaderAccepts = !Checks.Lines(repo).Any(l => l.Contains(": PG01", StringComparison.Ordinal) || l.Contains(": PG00", StringComparison.Ordinal));
        Assert.True(valid == loaderAccepts, $"{name}: loader accepts = {loaderAccepts}");
        Assert.True(valid == SchemaAccepts("school", school), $"{name}: schema accepts = {!valid}");
    }
}
