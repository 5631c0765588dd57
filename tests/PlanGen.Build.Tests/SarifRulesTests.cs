using System.Text.Json;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Cli.Tests;
using PlanGen.Core.Tests;

namespace PlanGen.Build.Tests;

/// <summary>
/// What code scanning shows of `validate --format sarif`: every rule described from the catalogue (not
/// from a result), the tool named with its version, and paths relative to the repository root wherever
/// the command runs. These are the checks of the SARIF multitool's GitHub rules that apply here
/// (SARIF2005 tool properties, SARIF2012 rule metadata, GH1005/SARIF2007 repository-relative URIs).
/// </summary>
public class SarifRulesTests : IDisposable
{
    private const string BrokenFile = "schools/stichting-horizon/ikc-de-buitenhof/school.yaml";
    private readonly TestRepository repo = new();

    public SarifRulesTests()
    {
        repo.CopyFromSource("schools");
        Directory.CreateDirectory(Path.Combine(repo.Root, ".git"));
        File.AppendAllText(Path.Combine(repo.Root, BrokenFile), "\nrolen: []\n");
    }

    [Fact]
    public void Every_rule_of_the_catalogue_is_described_from_the_catalogue_with_fix_basis_and_link()
    {
        using var log = Validate(repo.Root, []);
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        var docs = File.ReadAllText(Path.Combine(TestRepository.SourceRoot, "docs", "validatieregels.md"));
        foreach (var (rule, sarif) in RuleCatalogue.All.Zip(rules))
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", sarif.GetProperty("name").GetString());
            Assert.Equal(rule.Checks, sarif.GetProperty("shortDescription").GetProperty("text").GetString());
            var full = sarif.GetProperty("fullDescription").GetProperty("text").GetString()!;
            Assert.StartsWith(rule.Checks, full);
            var help = sarif.GetProperty("help");
            Assert.Contains(rule.Fix, help.GetProperty("text").GetString());
            Assert.Contains($"**Oplossing:** {rule.Fix}", help.GetProperty("markdown").GetString());
            if (rule.Basis != "-")
            {
                Assert.Contains(rule.Basis, full);
                Assert.Contains($"**Grondslag:** {rule.Basis}", help.GetProperty("markdown").GetString());
            }
            var anchor = rule.Code.ToLowerInvariant();
            Assert.EndsWith($"/validatieregels.md#{anchor}", sarif.GetProperty("helpUri").GetString());
            Assert.Contains($"<a id=\"{anchor}\"></a>{rule.Code}", docs);
            Assert.Equal(rule.Severity == Severity.Error ? "error" : "warning", sarif.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }
    }

    [Fact]
    public void No_rule_text_comes_from_a_result_and_each_result_points_to_its_rule()
    {
        using var log = Validate(repo.Root, []);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var unknown = Assert.Single(results, r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("rolen", StringComparison.Ordinal));
        Assert.Equal(Codes.UnknownKey, unknown.GetProperty("ruleId").GetString());
        var ruleTexts = rules.SelectMany(r => new[] { r.GetProperty("shortDescription"), r.GetProperty("fullDescription"), r.GetProperty("help") }).Select(t => t.GetProperty("text").GetString()!).ToList();
        foreach (var result in results)
        {
            var message = result.GetProperty("message").GetProperty("text").GetString()!;
            Assert.DoesNotContain(ruleTexts, text => text.Contains(message, StringComparison.Ordinal));
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }
        Assert.DoesNotContain(ruleTexts, text => text.Contains("rolen", StringComparison.Ordinal));
    }

    [Fact]
    public void The_driver_has_name_version_and_information_uri()
    {
        using var log = Validate(repo.Root, []);
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("PlanGen", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)*$", driver.GetProperty("semanticVersion").GetString());
        Assert.StartsWith(driver.GetProperty("semanticVersion").GetString()!.Split('+')[0], driver.GetProperty("version").GetString());
        Assert.True(Uri.TryCreate(driver.GetProperty("informationUri").GetString(), UriKind.Absolute, out var information) && information.Scheme == "https");
    }

    [Fact]
    public void Paths_are_relative_to_the_repository_root_from_any_working_folder()
    {
        var elsewhere = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + "-elders");
        Directory.CreateDirectory(elsewhere);
        try
        {
            var runs = new[]
            {
                Validate(repo.Root, []),
                Validate(Path.Combine(repo.Root, "schools"), ["stichting-horizon"]),
                Validate(elsewhere, [Path.Combine(repo.Root, "schools")]),
            };
            foreach (var log in runs)
            {
                using (log)
                {
                    var run = log.RootElement.GetProperty("runs")[0];
                    Assert.Equal(new Uri(repo.Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
                    var locations = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
                    Assert.Contains(locations, l => l.GetProperty("uri").GetString() == BrokenFile);
                    Assert.All(locations, l =>
                    {
                        Assert.Equal("%SRCROOT%", l.GetProperty("uriBaseId").GetString());
                        Assert.Matches("^schools/[a-z0-9-]+/", l.GetProperty("uri").GetString());
                    });
                }
            }
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    private static JsonDocument Validate(string workingFolder, string[] paths)
    {
        var result = Plangen.Run(workingFolder, ["validate", .. paths, "--format", "sarif"]);
        Assert.True(result.ExitCode == 1, result.Out + result.Error);
        return JsonDocument.Parse(result.Out);
    }

    public void Dispose() => repo.Dispose();
}
