using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Reports;

/// <summary>
/// SARIF 2.1.0, so a git host's code scanning shows problems inline on the YAML. Every rule of the
/// catalogue is described from the catalogue (what it checks, the fix, the legal basis, a link into
/// docs/validatieregels.md), never from a result; locations are relative to the repository root.
/// </summary>
public static class SarifReport
{
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        string Absolute(Diagnostic d) => d.Location.File.Length == 0 ? Path.GetFullPath(root) : Path.GetFullPath(d.Location.File, root);
        var repository = RepositoryRoot.Find(diagnostics.Select(Absolute).FirstOrDefault() ?? Path.Combine(Path.GetFullPath(root), "schools"), root);
        var rules = RuleCatalogue.All.ToList();
        var index = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var version = Version();
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["tool"] = new
                    {
                        driver = new
                        {
                            name = "PlanGen",
                            fullName = "PlanGen, controle van het sociaal veiligheidsplan",
                            version,
                            semanticVersion = version.Split('+')[0],
                            informationUri = DocsUrl,
                            rules = rules.Select(Rule),
                        },
                    },
                    ["originalUriBaseIds"] = new Dictionary<string, object>
                    {
                        [SourceRoot] = new { uri = new Uri(Path.TrimEndingDirectorySeparator(repository) + Path.DirectorySeparatorChar).AbsoluteUri },
                    },
                    ["results"] = diagnostics.Select(d => new Dictionary<string, object>
                    {
                        ["ruleId"] = d.Code,
                        // Every code is in the catalogue (a test checks Codes against it).
                        ["ruleIndex"] = index[d.Code],
                        ["level"] = d.Severity == Severity.Error ? "error" : "warning",
                        ["message"] = new { text = ReportText.Clean(d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})") },
                        ["locations"] = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = new { uri = RelativeUri(Absolute(d), repository), uriBaseId = SourceRoot },
                                    region = new { startLine = Math.Max(1, d.Location.Line), startColumn = Math.Max(1, d.Location.Column) },
                                },
                            },
                        },
                    }),
                    ["columnKind"] = "unicodeCodePoints",
                },
            },
        };
        output.WriteLine(JsonTree.Serialize(sarif, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Where docs/ is published; set when packing with -p:PlanGenDocsUrl=... (docs/ci.md).</summary>
    public static string DocsUrl { get; } =
        typeof(SarifReport).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PlanGenDocsUrl")?.Value is { Length: > 0 } url
            ? url.TrimEnd('/') + "/"
            : "https://plangen.example/docs/";

    private static object Rule(RuleInfo rule)
    {
        var basis = rule.Basis == "-" ? null : rule.Basis;
        var level = rule.Severity == Severity.Error ? "error" : "warning";
        var helpUri = $"{DocsUrl}validatieregels.md#{rule.Code.ToLowerInvariant()}";
        return new
        {
            id = rule.Code,
            name = RuleCatalogue.NameOf(rule.Code),
            shortDescription = new { text = rule.Checks },
            fullDescription = new { text = basis is null ? rule.Checks : $"{rule.Checks} Grondslag: {basis}." },
            help = new
            {
                text = $"Oplossing: {rule.Fix}" + (basis is null ? "" : $" Grondslag: {basis}.") + $" Zie {helpUri}",
                markdown = $"**Oplossing:** {rule.Fix}" + (basis is null ? "" : $"\n\n**Grondslag:** {basis}") + $"\n\n[{rule.Code} in de validatieregels]({helpUri})",
            },
            helpUri,
            defaultConfiguration = new { level },
            properties = new Dictionary<string, object>
            {
                ["tags"] = new[] { "plangen", basis is null ? "vorm" : "wet-en-regelgeving" },
                ["precision"] = "very-high",
                ["problem.severity"] = level,
            },
        };
    }

    /// <summary>"schools/bestuur/school/school.yaml": forward slashes, escaped as a URI reference.</summary>
    private static string RelativeUri(string file, string repository)
    {
        var relative = Path.GetRelativePath(repository, file).Replace(Path.DirectorySeparatorChar, '/');
        return string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
    }

    private static string Version()
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // The commit SourceLink appends is shortened; SemVer build metadata after '+' stays.
        var plus = version.IndexOf('+');
        return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
    }
}
