using System.Diagnostics;
using System.Text;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>
/// What a CI host gives every job, played locally: a fresh workspace per job, a shared cache and artifact
/// store, a clean HOME (a new runner has no NuGet sources of ours), and bash to run the workflow's own lines.
/// </summary>
public sealed class Runner
{
    private readonly List<string> savedCacheKeys = [];

    public Runner(string root, string repository, string feed)
    {
        Root = root;
        Repository = repository;
        Feed = feed;
        Home = System.IO.Path.Combine(root, "home");
    }

    public string Root { get; }

    /// <summary>The board repository to check out: only schools/.</summary>
    public string Repository { get; }

    /// <summary>The folder with the packed tool that stands in for GitHub Packages or GitLab's registry.</summary>
    public string Feed { get; }

    public string Home { get; }

    public StringBuilder Log { get; } = new();

    private string CacheRoot => System.IO.Path.Combine(Root, "cache");

    public string ArtifactRoot => System.IO.Path.Combine(Root, "artifacts");

    /// <summary>
    /// A fresh runner for the next job: an empty workspace at the same path every time (as on the hosts),
    /// and a new HOME without NuGet sources or packages of an earlier job.
    /// </summary>
    public string NewWorkspace()
    {
        var path = System.IO.Path.Combine(Root, "work", "repo");
        foreach (var folder in new[] { path, Home })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(folder);
        }
        // No nuget.org in the sandbox: the only source is the one the workflow adds (our feed folder).
        var nugetConfig = System.IO.Path.Combine(Home, ".nuget", "NuGet", "NuGet.Config");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(nugetConfig)!);
        File.WriteAllText(nugetConfig, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        return path;
    }

    public void Checkout(string workspace) => CopyDirectory(Repository, workspace, hidden: true);

    /// <summary>Runs a script with bash as the host would (-e, pipefail); returns the exit code, output into the log.</summary>
    public int Bash(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var file = System.IO.Path.Combine(Root, "script.sh");
        File.WriteAllText(file, script);
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", file])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "DOTNET_ROOT", "TMPDIR", "LANG" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        start.Environment["HOME"] = Home;
        start.Environment["NUGET_PACKAGES"] = System.IO.Path.Combine(Home, ".nuget", "packages");
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["CI"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("a workflow step did not finish in 5 minutes:\n" + script);
        }
        Log.Append(output.Result).Append(error.Result);
        Log.Append($"[exit {process.ExitCode}]\n");
        return process.ExitCode;
    }

    /// <summary>Restores a cache: the exact key (hit), else the newest entry starting with a restore key.</summary>
    public bool RestoreCache(string key, IEnumerable<string> restoreKeys, string target)
    {
        var found = savedCacheKeys.Contains(key) ? key : restoreKeys.Select(prefix => savedCacheKeys.LastOrDefault(k => k.StartsWith(prefix, StringComparison.Ordinal))).FirstOrDefault(k => k is not null);
        Log.Append($"[cache {key}: {(found is null ? "niet gevonden" : found == key ? "hit" : "hersteld uit " + found)}]\n");
        if (found is not null)
        {
            CopyDirectory(System.IO.Path.Combine(CacheRoot, Encode(found)), target, hidden: true);
        }
        return found == key;
    }

    /// <summary>Saves a cache entry; like the hosts, an existing key is kept as it is.</summary>
    public void SaveCache(string key, string source)
    {
        if (savedCacheKeys.Contains(key) || !Directory.Exists(source))
        {
            Log.Append($"[cache {key}: niet bewaard]\n");
            return;
        }
        CopyDirectory(source, System.IO.Path.Combine(CacheRoot, Encode(key)), hidden: true);
        savedCacheKeys.Add(key);
        Log.Append($"[cache {key}: bewaard]\n");
    }

    public bool HasCache(string key) => savedCacheKeys.Contains(key);

    /// <summary>Copies a job's files into a named artifact (relative paths kept).</summary>
    public void UploadArtifact(string name, string workspace, IEnumerable<string> paths, bool hidden)
    {
        var target = System.IO.Path.Combine(ArtifactRoot, name);
        Assert.False(Directory.Exists(target), $"artifact '{name}' uploaded twice");
        Directory.CreateDirectory(target);
        foreach (var path in paths)
        {
            var source = System.IO.Path.Combine(workspace, path.TrimEnd('/'));
            if (Directory.Exists(source))
            {
                CopyDirectory(source, System.IO.Path.Combine(target, path.TrimEnd('/')), hidden);
            }
            else if (File.Exists(source))
            {
                File.Copy(source, System.IO.Path.Combine(target, path));
            }
        }
    }

    public static void CopyDirectory(string source, string target, bool hidden)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (!hidden && relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }
            var destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            // Symbolic links stay links, as in the hosts' cache archives (the tool's command is one).
            if (new FileInfo(file).LinkTarget is { } link)
            {
                File.Delete(destination);
                File.CreateSymbolicLink(destination, link);
                continue;
            }
            File.Copy(file, destination, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, File.GetUnixFileMode(file));
            }
        }
    }

    private static string Encode(string key) => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(key));
}
