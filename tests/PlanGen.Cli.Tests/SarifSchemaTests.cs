using System.Text.Json;
using Json.Schema;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// `validate --format sarif` against the official SARIF 2.1.0 schema. The schema comes from the npm
/// package @microsoft/jest-sarif, installed by .ci/run into tests/tools (not vendored in the repo).
/// </summary>
public class SarifSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(TestRepository.SourceRoot, "tests", "tools", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

    [SkippableFact]
    public void Sarif_report_validates_against_the_sarif_2_1_0_schema()
    {
        Skip.IfNot(File.Exists(SchemaPath), "SARIF schema not installed: run `npm ci` in tests/tools (.ci/run does)");
        // The file is draft-04; its keywords here are the same in draft-07, which the validator speaks.
        var text = File.ReadAllText(SchemaPath).Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text);

        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        File.AppendAllText(Path.Combine(repo.Root, "schools/stichting-horizon/ikc-de-buitenhof/school.yaml"), "\nkwaliteitskaartt: {}\n");
        var result = Plangen.Run(repo.Root, "validate", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);

        using var log = JsonDocument.Parse(result.Out);
        var evaluation = schema.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
        Assert.True(evaluation.IsValid, string.Join("; ", errors.Take(10)));
        Assert.NotEmpty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());

        // The schema really constrains: a wrong level is rejected.
        using var broken = JsonDocument.Parse(result.Out.Replace("\"level\": \"error\"", "\"level\": \"ramp\"", StringComparison.Ordinal));
        Assert.False(schema.Evaluate(broken.RootElement).IsValid);
    }
}
