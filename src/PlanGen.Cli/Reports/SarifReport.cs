using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Reports;

/// <summary>SARIF 2.1.0, so a git host's code scanning shows problems inline on the YAML.</summary>
public static class SarifReport
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).Select(code => new
        {
            id = code,
            shortDescription = new { text = diagnostics.First(d => d.Code == code).Message },
        });
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new { driver = new { name = "plangen", informationUri = "https://plangen.example/docs/validatieregels", rules } },
                    results = diagnostics.Select(d => new
                    {
                        ruleId = d.Code,
                        level = d.Severity == Severity.Error ? "error" : "warning",
                        message = new { text = d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})" },
                        locations = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = new { uri = d.Location.File },
                                    region = new { startLine = Math.Max(1, d.Location.Line), startColumn = Math.Max(1, d.Location.Column) },
                                },
                            },
                        },
                    }),
                },
            },
        };
        output.WriteLine(JsonSerializer.Serialize(sarif, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
