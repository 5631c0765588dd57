using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>
/// Runs a .gitlab-ci.yml as a GitLab runner would, for the parts docs/ci.md uses: stages in order,
/// `needs`, `parallel: N` (CI_NODE_INDEX/CI_NODE_TOTAL), `rules: - if: $A == $B` with `when`,
/// before_script + script as one bash -eo pipefail, `cache` (a list, `when: always`), `artifacts`
/// (`when: always`) and the `pages` job's `public` folder. Anything else fails the test.
/// </summary>
public sealed partial class GitLabCi(Runner runner, string pipeline)
{
    public sealed record JobResult(string Name, bool Succeeded, bool Skipped);

    private static readonly HashSet<string> Reserved = ["stages", "variables", "default", "workflow", "include"];
    private static readonly HashSet<string> KnownJobKeys = ["stage", "needs", "parallel", "cache", "script", "before_script", "artifacts", "rules", "image"];

    private readonly YamlMappingNode root = (YamlMappingNode)Load(pipeline);

    public Dictionary<string, string> VariableOverrides { get; } = [];

    public string PipelineSource { get; set; } = "push";

    public List<JobResult> Results { get; } = [];

    public string? DeployedSite { get; private set; }

    public bool Succeeded => Results.All(r => r.Succeeded || r.Skipped);

    public void Run()
    {
        var stages = ((YamlSequenceNode)root["stages"]).Children.Select(Text).ToList();
        var jobs = root.Children.Where(p => !Reserved.Contains(Text(p.Key))).Select(p => (Name: Text(p.Key), Job: (YamlMappingNode)p.Value)).ToList();
        var status = new Dictionary<string, bool>();
        foreach (var stage in stages)
        {
            foreach (var (name, job) in jobs.Where(j => Text(j.Job["stage"]) == stage))
            {
                Assert.All(job.Children.Keys.Select(Text), key => Assert.Contains(key, KnownJobKeys));
                var when = When(job);
                if (when is null)
                {
                    continue; // no rule matched: the job is not in this pipeline
                }
                var earlier = job.Children.ContainsKey("needs")
                    ? Sequence(job, "needs").Select(n => status[n])
                    : jobs.Where(j => stages.IndexOf(Text(j.Job["stage"])) < stages.IndexOf(stage) && status.ContainsKey(j.Name)).Select(j => status[j.Name]);
                if (when != "always" && !earlier.All(ok => ok))
                {
                    Results.Add(new JobResult(name, false, true));
                    continue;
                }
                var total = job.Children.TryGetValue("parallel", out var parallel) ? int.Parse(Text(parallel)) : 1;
                var ok = true;
                for (var index = 1; index <= total; index++)
                {
                    var label = total > 1 ? $"{name} {index}/{total}" : name;
                    var succeeded = RunJob(label, name, job, total > 1 ? (index, total) : null);
                    Results.Add(new JobResult(label, succeeded, false));
                    ok &= succeeded;
                }
                status[name] = ok;
            }
        }
    }

    private bool RunJob(string label, string name, YamlMappingNode job, (int Index, int Total)? node)
    {
        runner.Log.Append($"\n=== job {label}\n");
        var workspace = runner.NewWorkspace();
        runner.Checkout(workspace);
        var env = Variables(workspace, node);
        var caches = Caches(job).Select(c => (Key: Expand(c.Key, env), c.Paths, c.When)).ToList();
        foreach (var cache in caches)
        {
            Assert.Single(cache.Paths);
            runner.RestoreCache(cache.Key, [], System.IO.Path.Combine(workspace, cache.Paths[0].TrimEnd('/')));
        }
        var defaults = (YamlMappingNode)root["default"];
        var before = job.Children.ContainsKey("before_script") ? Sequence(job, "before_script") : Sequence(defaults, "before_script");
        var ok = runner.Bash(string.Join('\n', before.Concat(Sequence(job, "script"))) + "\n", workspace, env) == 0;
        foreach (var cache in caches.Where(c => ok || c.When == "always"))
        {
            runner.SaveCache(cache.Key, System.IO.Path.Combine(workspace, cache.Paths[0].TrimEnd('/')));
        }
        if (job.Children.TryGetValue("artifacts", out var artifactsNode))
        {
            var artifacts = (YamlMappingNode)artifactsNode;
            var artifactsWhen = artifacts.Children.TryGetValue("when", out var w) ? Text(w) : "on_success";
            if (ok || artifactsWhen == "always")
            {
                runner.UploadArtifact(label.Replace(' ', '-').Replace('/', '-'), workspace, Sequence(artifacts, "paths"), hidden: true);
            }
            if (ok && name == "pages")
            {
                DeployedSite = System.IO.Path.Combine(runner.ArtifactRoot, label, "public");
                Assert.True(Directory.Exists(DeployedSite), "the pages job has no public/ artifact");
            }
        }
        runner.Log.Append($"=== job {label}: {(ok ? "geslaagd" : "mislukt")}\n");
        return ok;
    }

    /// <summary>on_success, always, or null when the job has rules and none matches.</summary>
    private string? When(YamlMappingNode job)
    {
        if (!job.Children.TryGetValue("rules", out var rules))
        {
            return "on_success";
        }
        var env = Variables(runner.Root, null);
        foreach (var rule in ((YamlSequenceNode)rules).Children.Cast<YamlMappingNode>())
        {
            var condition = RulePattern().Match(Text(rule["if"]));
            Assert.True(condition.Success, $"the test cannot evaluate the rule '{Text(rule["if"])}'");
            if (env.GetValueOrDefault(condition.Groups[1].Value, "") == env.GetValueOrDefault(condition.Groups[2].Value, ""))
            {
                return rule.Children.TryGetValue("when", out var when) ? Text(when) : "on_success";
            }
        }
        return null;
    }

    private Dictionary<string, string> Variables(string workspace, (int Index, int Total)? node)
    {
        var env = new Dictionary<string, string>
        {
            ["GITLAB_CI"] = "true",
            ["CI_API_V4_URL"] = "https://gitlab.example/api/v4",
            ["CI_JOB_TOKEN"] = "glcbt-testtoken",
            ["CI_PIPELINE_SOURCE"] = PipelineSource,
            ["CI_COMMIT_BRANCH"] = "main",
            ["CI_DEFAULT_BRANCH"] = "main",
            ["CI_PAGES_URL"] = "https://bestuur.gitlab.example/plannen",
            ["CI_PROJECT_DIR"] = workspace,
        };
        if (node is { } n)
        {
            env["CI_NODE_INDEX"] = n.Index.ToString();
            env["CI_NODE_TOTAL"] = n.Total.ToString();
        }
        foreach (var (key, value) in ((YamlMappingNode)root["variables"]).Children)
        {
            env[Text(key)] = VariableOverrides.GetValueOrDefault(Text(key), Expand(Text(value), env));
        }
        return env;
    }

    private List<(string Key, List<string> Paths, string When)> Caches(YamlMappingNode job)
    {
        var defaults = (YamlMappingNode)root["default"];
        var node = job.Children.TryGetValue("cache", out var own) ? own : defaults.Children.TryGetValue("cache", out var shared) ? shared : null;
        var list = node switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.Cast<YamlMappingNode>().ToList(),
            _ => [(YamlMappingNode)node],
        };
        return list.Select(c => (Text(c["key"]), Sequence(c, "paths"), c.Children.TryGetValue("when", out var when) ? Text(when) : "on_success")).ToList();
    }

    /// <summary>$NAME and ${NAME} as GitLab expands them in variables and cache keys.</summary>
    private static string Expand(string text, Dictionary<string, string> env) =>
        VariablePattern().Replace(text, m => env.GetValueOrDefault(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, ""));

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        !node.Children.TryGetValue(key, out var child) ? []
        : child is YamlSequenceNode list ? list.Children.Select(Text).ToList()
        : [Text(child)];

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)\}|\$([A-Z0-9_]+)")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^\$([A-Z0-9_]+) == \$([A-Z0-9_]+)$")]
    private static partial Regex RulePattern();
}
