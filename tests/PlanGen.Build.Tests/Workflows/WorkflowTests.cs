using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>
/// The workflows of docs/ci.md, taken from the page itself and run job by job (<see cref="GitHubActions"/>,
/// <see cref="GitLabCi"/>) in a board repository with only schools/, the tool coming from the packed
/// packages with the login lines as written. One school is broken among good ones.
/// </summary>
public sealed class WorkflowTests : IDisposable
{
    private const string Broken = "stichting-horizon/ikc-de-buitenhof";
    private static readonly string[] Good = ["stichting-horizon/jenaplanschool-de-wilgen", "stichting-rivierenland/obs-de-linde", "stichting-rivierenland/obs-t-kompas"];

    private readonly TestRepository sandbox = new();
    private readonly string board;
    private readonly string brokenFile;
    private readonly string original;

    public WorkflowTests()
    {
        board = Path.Combine(sandbox.Root, "bestuur");
        Runner.CopyDirectory(Path.Combine(TestRepository.SourceRoot, "schools"), Path.Combine(board, "schools"), hidden: true);
        brokenFile = Path.Combine(board, "schools", Broken, "school.yaml");
        original = File.ReadAllText(brokenFile);
        File.AppendAllText(brokenFile, "\nkwaliteitskaartt: {}\n");
    }

    /// <summary>Where the first error of the broken school is: "schools/.../school.yaml:N".</summary>
    private string FirstErrorAt => $"schools/{Broken}/school.yaml:{File.ReadAllLines(brokenFile).Length}";

    [SkippableFact]
    public void The_GitHub_workflow_passes_actionlint()
    {
        var actionlint = Path.Combine(TestRepository.SourceRoot, "tests", "tools", "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");
        Skip.IfNot(File.Exists(actionlint), "actionlint not installed: run `npm ci` in tests/tools (.ci/run does)");
        var folder = Path.Combine(sandbox.Root, "lint");
        Directory.CreateDirectory(Path.Combine(folder, ".github", "workflows"));
        File.WriteAllText(Path.Combine(folder, ".github", "workflows", "plannen.yml"), CiDocs.Workflow(".github/workflows/plannen.yml"));
        var start = new ProcessStartInfo("node", [actionlint]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("1 workflow file", output);
    }

    [Fact]
    public void The_GitHub_workflow_builds_and_publishes_the_good_schools_and_fails_naming_the_broken_one()
    {
        var runner = new Runner(Path.Combine(sandbox.Root, "github"), board, ToolFeed.Path);
        var workflow = GitHub(runner);
        workflow.Run();
        var log = runner.Log.ToString();

        Assert.False(workflow.Succeeded, log);
        var jobs = workflow.Results.ToDictionary(r => r.Name);
        // Only the first job installs; the others take the tool from the cache.
        Assert.Contains("PlanGen installeren", jobs["controleren"].StepsRun);
        Assert.All(workflow.Results.Skip(1), r => Assert.DoesNotContain("PlanGen installeren", r.StepsRun));
        // Validation fails on the school, not on the refused code scanning upload (which still ran).
        Assert.False(jobs["controleren"].Succeeded);
        Assert.Contains("Meldingen in code scanning", jobs["controleren"].StepsRun);
        Assert.Contains($"{FirstErrorAt}:1: PG0101: onbekend veld 'kwaliteitskaartt'", log);

        // Every shard ran; exactly the one with the broken school failed, and its summary names it with its first error.
        var shards = workflow.Results.Where(r => r.Name.StartsWith("bouwen", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, shards.Count);
        Assert.True(shards.Count(s => !s.Succeeded) == 1, log);
        var failed = shards.Single(s => !s.Succeeded);
        Assert.Contains(Broken, failed.Summary);
        Assert.Contains($"`{FirstErrorAt}`: PG0101 onbekend veld 'kwaliteitskaartt'", failed.Summary);
        AssertBuilt(Path.Combine(runner.ArtifactRoot), "plannen-*");

        Assert.True(jobs["publiceren"].Succeeded, log);
        AssertPublished(workflow.DeployedSite);

        // The fix is pushed: everything green although code scanning still refuses the upload; the tool
        // and the unchanged schools come from the cache, only the repaired school is built.
        File.WriteAllText(brokenFile, original);
        Directory.Delete(runner.ArtifactRoot, recursive: true);
        runner.Log.Clear();
        var again = GitHub(runner);
        again.Sha = "2222222222222222222222222222222222222222";
        again.Run();
        Assert.True(again.Succeeded, runner.Log.ToString());
        Assert.All(again.Results, r => Assert.DoesNotContain("PlanGen installeren", r.StepsRun));
        var summaries = string.Concat(again.Results.Select(r => r.Summary));
        Assert.Contains($"| {Broken} | ✅ gebouwd |", summaries);
        Assert.All(Good, school => Assert.Contains($"| {school} | ongewijzigd |", summaries));
    }

    [Fact]
    public void The_GitLab_pipeline_builds_and_publishes_the_good_schools_and_fails_naming_the_broken_one()
    {
        var runner = new Runner(Path.Combine(sandbox.Root, "gitlab"), board, ToolFeed.Path);
        var pipeline = new GitLabCi(runner, CiDocs.Workflow(".gitlab-ci.yml"));
        pipeline.VariableOverrides["PLANGEN_FEED"] = runner.Feed;
        pipeline.Run();
        var log = runner.Log.ToString();

        Assert.False(pipeline.Succeeded, log);
        var jobs = pipeline.Results.ToDictionary(r => r.Name);
        Assert.False(jobs["controleren"].Succeeded);
        Assert.Contains($"{FirstErrorAt}:1: PG0101: onbekend veld 'kwaliteitskaartt'", log);
        var shards = pipeline.Results.Where(r => r.Name.StartsWith("bouwen", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, shards.Count);
        Assert.True(shards.Count(s => !s.Succeeded) == 1, log);
        var failed = shards.Single(s => !s.Succeeded);
        var summary = File.ReadAllText(Path.Combine(runner.ArtifactRoot, failed.Name.Replace(' ', '-').Replace('/', '-'), "samenvatting.md"));
        Assert.Contains(Broken, summary);
        Assert.Contains($"`{FirstErrorAt}`: PG0101 onbekend veld 'kwaliteitskaartt'", summary);
        AssertBuilt(runner.ArtifactRoot, "bouwen-*");
        Assert.True(jobs["pages"].Succeeded, log);
        AssertPublished(pipeline.DeployedSite);
        // The tool was installed once and then restored from the cache.
        Assert.Equal(1, CountOccurrences(log, "was successfully installed"));
    }

    private GitHubActions GitHub(Runner runner)
    {
        var workflow = new GitHubActions(runner, CiDocs.Workflow(".github/workflows/plannen.yml"));
        workflow.EnvironmentOverrides["PLANGEN_FEED"] = runner.Feed;
        workflow.Variables["PLANGEN_CODE_SCANNING"] = "aan";
        return workflow;
    }

    /// <summary>Every good school has its documents (and its manifest) in some shard's artifact; the broken one none.</summary>
    private static void AssertBuilt(string artifacts, string pattern)
    {
        var outputs = Directory.GetDirectories(artifacts, pattern).Select(a => Path.Combine(a, "output")).ToList();
        foreach (var school in Good)
        {
            var folder = outputs.Select(o => Path.Combine(o, school)).SingleOrDefault(Directory.Exists);
            Assert.True(folder is not null, $"{school} was not built in any shard");
            Assert.True(File.Exists(Path.Combine(folder, ".plangen-manifest.json")), $"{school}: no manifest in the artifact");
            Assert.NotEmpty(Directory.GetFiles(folder, "sociaal-veiligheidsplan.*", SearchOption.AllDirectories));
        }
        Assert.DoesNotContain(outputs, o => Directory.Exists(Path.Combine(o, Broken)) && Directory.EnumerateFiles(Path.Combine(o, Broken), "*.pdf", SearchOption.AllDirectories).Any());
    }

    private static void AssertPublished(string? site)
    {
        Assert.NotNull(site);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        foreach (var school in Good)
        {
            Assert.True(File.Exists(Path.Combine(site, school, "index.html")), $"{school} not on the published site");
            Assert.Contains(school.Split('/')[1] + "/", index);
        }
        Assert.False(Directory.Exists(Path.Combine(site, Broken)), "the broken school was published");
    }

    private static int CountOccurrences(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;

    public void Dispose() => sandbox.Dispose();
}
