using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>
/// Runs a GitHub Actions workflow as the hosted runner would, for the parts docs/ci.md uses: jobs in
/// order of `needs`, a matrix, `if:` with status functions, ${{ }} contexts, step outputs, GITHUB_PATH,
/// GITHUB_STEP_SUMMARY, continue-on-error, job permissions, and the few actions the workflow uses
/// (played by <see cref="Runner"/>). Anything else in the workflow fails the test, so the docs stay
/// within what is checked here.
/// </summary>
public sealed partial class GitHubActions(Runner runner, string workflow)
{
    public sealed record JobResult(string Name, bool Succeeded, bool Skipped, string Summary, IReadOnlyList<string> StepsRun);

    private readonly YamlMappingNode root = (YamlMappingNode)Load(workflow);

    /// <summary>The repository's variables (vars.X).</summary>
    public Dictionary<string, string> Variables { get; } = [];

    /// <summary>Values in the workflow's env that the test points elsewhere (the package feed).</summary>
    public Dictionary<string, string> EnvironmentOverrides { get; } = [];

    public string EventName { get; set; } = "push";

    public string Sha { get; set; } = "1111111111111111111111111111111111111111";

    public List<JobResult> Results { get; } = [];

    public string? DeployedSite { get; private set; }

    public bool Succeeded => Results.All(r => r.Succeeded || r.Skipped);

    public void Run()
    {
        var jobs = (YamlMappingNode)root["jobs"];
        var done = new Dictionary<string, string>();
        foreach (var (nameNode, jobNode) in jobs.Children)
        {
            var name = ((YamlScalarNode)nameNode).Value!;
            var job = (YamlMappingNode)jobNode;
            var needs = Sequence(job, "needs");
            Assert.All(needs, n => Assert.True(done.ContainsKey(n), $"job {name} needs {n}, which comes later or does not exist"));
            var needsOk = needs.All(n => done[n] == "success");
            var values = Matrix(job);
            var results = new List<JobResult>();
            foreach (var value in values)
            {
                var label = value is null ? name : $"{name} ({value})";
                var context = Context(value, new Dictionary<string, Dictionary<string, string>>());
                if (!Condition(Scalar(job, "if"), context, previousOk: needsOk))
                {
                    results.Add(new JobResult(label, false, true, "", []));
                    continue;
                }
                results.Add(RunJob(label, job, value));
            }
            Results.AddRange(results);
            done[name] = results.All(r => r.Skipped) ? "skipped" : results.All(r => r.Succeeded || r.Skipped) ? "success" : "failure";
        }
    }

    private JobResult RunJob(string label, YamlMappingNode job, string? matrixValue)
    {
        runner.Log.Append($"\n=== job {label}\n");
        var workspace = runner.NewWorkspace();
        var permissions = Permissions(job);
        var steps = new Dictionary<string, Dictionary<string, string>>();
        var path = new List<string>();
        var summary = new StringBuilder();
        var run = new List<string>();
        var ok = true;
        var stepNumber = 0;
        foreach (var stepNode in ((YamlSequenceNode)job["steps"]).Children)
        {
            var step = (YamlMappingNode)stepNode;
            stepNumber++;
            var context = Context(matrixValue, steps);
            var stepName = Scalar(step, "name") ?? Scalar(step, "uses") ?? $"stap {stepNumber}";
            if (!Condition(Scalar(step, "if"), context, previousOk: ok))
            {
                runner.Log.Append($"--- {stepName}: overgeslagen\n");
                continue;
            }
            run.Add(stepName);
            runner.Log.Append($"--- {stepName}\n");
            var env = Environment(job, step, context, workspace);
            env["PATH"] = string.Join(':', path.AsEnumerable().Reverse().Append(System.Environment.GetEnvironmentVariable("PATH")));
            var outputs = new Dictionary<string, string>();
            bool stepOk;
            if (Scalar(step, "run") is { } script)
            {
                var files = System.IO.Path.Combine(runner.Root, "step");
                Directory.CreateDirectory(files);
                foreach (var name in new[] { "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STEP_SUMMARY", "GITHUB_ENV" })
                {
                    env[name] = System.IO.Path.Combine(files, name);
                    File.WriteAllText(env[name], "");
                }
                if (script.Contains("dotnet tool install", StringComparison.Ordinal))
                {
                    Assert.True(permissions.GetValueOrDefault("packages") is "read" or "write", $"{label}: installs from GitHub Packages without permissions: packages: read");
                }
                stepOk = runner.Bash(Expand(script, context), workspace, env) == 0;
                foreach (var line in File.ReadAllLines(env["GITHUB_OUTPUT"]).Where(l => l.Contains('=')))
                {
                    outputs[line[..line.IndexOf('=')]] = line[(line.IndexOf('=') + 1)..];
                }
                path.AddRange(File.ReadAllLines(env["GITHUB_PATH"]).Where(l => l.Length > 0));
                summary.Append(File.ReadAllText(env["GITHUB_STEP_SUMMARY"]));
                Assert.Equal("", File.ReadAllText(env["GITHUB_ENV"]));
            }
            else
            {
                stepOk = Action(label, Scalar(step, "uses")!, With(step, context), workspace, permissions, outputs);
            }
            if (Scalar(step, "id") is { } id)
            {
                steps[id] = outputs;
            }
            if (!stepOk && Scalar(step, "continue-on-error") != "true")
            {
                ok = false;
            }
        }
        runner.Log.Append($"=== job {label}: {(ok ? "geslaagd" : "mislukt")}\n");
        return new JobResult(label, ok, false, summary.ToString(), run);
    }

    /// <summary>The actions the workflow uses, each played as its documentation describes it.</summary>
    private bool Action(string job, string uses, Dictionary<string, string> with, string workspace, Dictionary<string, string> permissions, Dictionary<string, string> outputs)
    {
        switch (uses)
        {
            case "actions/checkout@v4":
                // A private repository: the job token must be allowed to read the contents.
                Assert.True(permissions.GetValueOrDefault("contents") is "read" or "write", $"{job}: checkout without permissions: contents: read");
                runner.Checkout(workspace);
                return true;
            case "actions/setup-dotnet@v4":
                Assert.StartsWith("10.", with["dotnet-version"]);
                return true;
            case "actions/cache/restore@v4":
                var hit = runner.RestoreCache(with["key"], Lines(with.GetValueOrDefault("restore-keys")), System.IO.Path.Combine(workspace, with["path"]));
                outputs["cache-hit"] = hit ? "true" : "false";
                return true;
            case "actions/cache/save@v4":
                runner.SaveCache(with["key"], System.IO.Path.Combine(workspace, with["path"]));
                return true;
            case "actions/upload-artifact@v4":
                runner.UploadArtifact(with["name"], workspace, Lines(with["path"]), hidden: with.GetValueOrDefault("include-hidden-files") == "true");
                return true;
            case "github/codeql-action/upload-sarif@v3":
                // A private repository without a code scanning licence: the upload is refused.
                Assert.Equal("write", permissions.GetValueOrDefault("security-events"));
                Assert.True(File.Exists(System.IO.Path.Combine(workspace, with["sarif_file"])), "no SARIF file to upload");
                runner.Log.Append("Code scanning is not enabled for this repository (Advanced Security required)\n");
                return false;
            case "actions/upload-pages-artifact@v3":
                var site = System.IO.Path.Combine(workspace, with["path"]);
                Assert.True(Directory.Exists(site), $"{job}: no site at {with["path"]}");
                // The artifact holds the folder's contents (its index.html at the top).
                Runner.CopyDirectory(site, System.IO.Path.Combine(runner.ArtifactRoot, "github-pages"), hidden: false);
                return true;
            case "actions/deploy-pages@v4":
                Assert.Equal("write", permissions.GetValueOrDefault("pages"));
                Assert.Equal("write", permissions.GetValueOrDefault("id-token"));
                DeployedSite = System.IO.Path.Combine(runner.ArtifactRoot, "github-pages");
                Assert.True(Directory.Exists(DeployedSite), "deploy-pages without an uploaded pages artifact");
                outputs["page_url"] = "https://bestuur.github.io/plannen/";
                return true;
            default:
                throw new InvalidOperationException($"the test does not know the action {uses}; add it to GitHubActions.Action");
        }
    }

    private Dictionary<string, string> Environment(YamlMappingNode job, YamlMappingNode step, Dictionary<string, string> context, string workspace)
    {
        var env = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_ACTOR"] = "bestuur-it",
            ["GITHUB_EVENT_NAME"] = EventName,
            ["GITHUB_REF"] = "refs/heads/main",
            ["GITHUB_SHA"] = Sha,
            ["GITHUB_WORKSPACE"] = workspace,
            ["RUNNER_OS"] = "Linux",
        };
        foreach (var node in new[] { root, job, step })
        {
            foreach (var (key, value) in Map(node, "env"))
            {
                env[key] = EnvironmentOverrides.TryGetValue(key, out var over) && node == root ? over : Expand(value, context);
            }
        }
        return env;
    }

    private Dictionary<string, string> Context(string? matrixValue, Dictionary<string, Dictionary<string, string>> steps)
    {
        var context = new Dictionary<string, string>
        {
            ["github.event_name"] = EventName,
            ["github.ref"] = "refs/heads/main",
            ["github.sha"] = Sha,
            ["github.repository_owner"] = "bestuur",
            ["runner.os"] = "Linux",
            ["runner.arch"] = "X64",
            ["secrets.GITHUB_TOKEN"] = "ghs_testtoken",
        };
        if (matrixValue is not null)
        {
            context["matrix.deel"] = matrixValue;
        }
        foreach (var (key, value) in Map(root, "env"))
        {
            context["env." + key] = EnvironmentOverrides.GetValueOrDefault(key, value);
        }
        foreach (var (key, value) in Variables)
        {
            context["vars." + key] = value;
        }
        foreach (var (id, outputs) in steps)
        {
            foreach (var (key, value) in outputs)
            {
                context[$"steps.{id}.outputs.{key}"] = value;
            }
        }
        return context;
    }

    /// <summary>${{ a.b }} in text: the context value ("" when absent, as on GitHub).</summary>
    private static string Expand(string text, Dictionary<string, string> context) =>
        ExpressionPattern().Replace(text, m => Value(m.Groups[1].Value.Trim(), context));

    private static string Value(string expression, Dictionary<string, string> context)
    {
        Assert.Matches("^[a-z_]+(\\.[A-Za-z0-9_-]+)+$", expression);
        return context.GetValueOrDefault(expression, "");
    }

    /// <summary>
    /// An if: condition of terms joined by &&: always(), !cancelled(), success(), failure(), `a == 'b'`, `a != 'b'`.
    /// Without a status function GitHub adds success(): the step or job runs only when nothing before failed.
    /// </summary>
    private static bool Condition(string? condition, Dictionary<string, string> context, bool previousOk)
    {
        if (condition is null)
        {
            return previousOk;
        }
        var expression = condition.Trim();
        if (expression.StartsWith("${{", StringComparison.Ordinal))
        {
            expression = expression[3..^2].Trim();
        }
        var terms = expression.Split("&&").Select(t => t.Trim()).ToList();
        var hasStatus = terms.Any(t => t is "always()" or "!cancelled()" or "success()" or "failure()");
        var result = hasStatus || previousOk;
        foreach (var term in terms)
        {
            result &= term switch
            {
                "always()" or "!cancelled()" => true,
                "success()" => previousOk,
                "failure()" => !previousOk,
                _ when term.Contains("!=") => Operand(term.Split("!=")[0], context) != Operand(term.Split("!=")[1], context),
                _ when term.Contains("==") => Operand(term.Split("==")[0], context) == Operand(term.Split("==")[1], context),
                _ => throw new InvalidOperationException($"the test cannot evaluate the condition '{term}'"),
            };
        }
        return result;
    }

    private static string Operand(string text, Dictionary<string, string> context)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith('\'') ? trimmed.Trim('\'') : Value(trimmed, context);
    }

    private Dictionary<string, string> Permissions(YamlMappingNode job)
    {
        // Job permissions replace the workflow's; what is not named is none.
        var own = Map(job, "permissions");
        return own.Count > 0 || job.Children.ContainsKey("permissions") ? own : Map(root, "permissions");
    }

    private static IEnumerable<string?> Matrix(YamlMappingNode job)
    {
        if (!job.Children.TryGetValue("strategy", out var strategy))
        {
            return [null];
        }
        var matrix = (YamlMappingNode)((YamlMappingNode)strategy)["matrix"];
        Assert.Single(matrix.Children);
        return ((YamlSequenceNode)matrix["deel"]).Children.Select(c => ((YamlScalarNode)c).Value);
    }

    private static Dictionary<string, string> With(YamlMappingNode step, Dictionary<string, string> context) =>
        Map(step, "with").ToDictionary(p => p.Key, p => Expand(p.Value, context));

    private static Dictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var child) && child is YamlMappingNode map
            ? map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "")
            : [];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var child) ? ((YamlScalarNode)child).Value : null;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        !node.Children.TryGetValue(key, out var child) ? []
        : child is YamlSequenceNode list ? list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList()
        : [((YamlScalarNode)child).Value!];

    private static IEnumerable<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    private static partial Regex ExpressionPattern();
}
