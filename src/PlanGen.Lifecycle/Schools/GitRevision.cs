using System.Diagnostics;

namespace PlanGen.Lifecycle.Schools;

/// <summary>
/// A copy of a school as it was in a git revision: its YAML files from <c>git show REV:path</c> in a
/// temporary repository folder, with today's templates, so the same renderer can make the old documents.
/// </summary>
public sealed class GitRevision : IDisposable
{
    private GitRevision(string root) => Root = root;

    public string Root { get; }

    /// <summary>The copy, or null with a Dutch reason when git or the revision is not available.</summary>
    public static GitRevision? Materialize(string repository, string schoolDirectory, string revision, out string? problem)
    {
        var root = Path.Combine(Path.GetTempPath(), "plangen-rev-" + Guid.NewGuid().ToString("N"));
        var copy = new GitRevision(root);
        var schoolRelative = Path.GetRelativePath(repository, schoolDirectory).Replace('\\', '/');
        var boardRelative = Path.GetDirectoryName(schoolRelative)!.Replace('\\', '/');
        var files = Git(repository, out problem, "ls-tree", "-r", "--name-only", revision, "--", schoolRelative, boardRelative + "/bestuur.yaml", boardRelative + "/logo.png");
        if (files is null)
        {
            problem = $"de versie '{revision}' is niet te vinden in git ({problem})";
            return null;
        }
        foreach (var file in files.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var target = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!Show(repository, $"{revision}:{file}", target))
            {
                problem = $"'{file}' kon niet uit versie '{revision}' gelezen worden";
                copy.Dispose();
                return null;
            }
        }
        var templates = Path.Combine(repository, "templates");
        if (Directory.Exists(templates))
        {
            foreach (var file in Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "templates", Path.GetRelativePath(templates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static bool Show(string repository, string spec, string target)
    {
        using var process = Start(repository, "show", spec);
        using (var output = File.Create(target))
        {
            process.StandardOutput.BaseStream.CopyTo(output);
        }
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string? Git(string repository, out string? problem, params string[] args)
    {
        problem = null;
        try
        {
            using var process = Start(repository, args);
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                problem = error.Trim();
                return null;
            }
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            problem = "git is niet geïnstalleerd";
            return null;
        }
    }

    private static Process Start(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }
}
