using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// Issue 20, output faults on real file systems, through the real CLI: a full disk (a small tmpfs mounted
/// on output/), a read-only output folder (a read-only bind mount, which holds for root too, unlike chmod)
/// and an immutable output file (chattr +i). Each gives a Dutch line naming the file, exit 1, and leaves
/// the earlier output as it was. Mounting needs root (CAP_SYS_ADMIN); without it the tests skip and say why.
/// </summary>
[Collection(nameof(OutputFaultTests))]
public class OutputFaultTests
{
    private const string Kompas = "schools/stichting-rivierenland/obs-t-kompas";
    private const string KompasOutput = "output/stichting-rivierenland/obs-t-kompas/2025-2026";
    private static readonly string[] BuildMd = ["build", "--school", "obs-t-kompas", "--format", "md"];

    [SkippableFact]
    public void A_full_disk_keeps_the_earlier_output_and_names_the_file()
    {
        using var repo = Board();
        var output = Directory.CreateDirectory(Path.Combine(repo.Root, "output")).FullName;
        Mount(output, "-t", "tmpfs", "-o", "size=1m", "tmpfs", output);
        try
        {
            Assert.Equal(0, Plangen.Run(repo.Root, BuildMd).ExitCode);
            var before = Snapshot(repo);
            Fill(Path.Combine(output, "vulling.bin"));
            ChangePlan(repo);

            var build = Plangen.Run(repo.Root, BuildMd);
            Assert.Equal(1, build.ExitCode);
            AssertNoCrash(build);
            Assert.Contains($"{KompasOutput}/sociaal-veiligheidsplan.md:1:1: PG0008: kan dit bestand niet schrijven: de schijf is vol", build.Error);
            Assert.Contains("eerder gemaakte bestanden zijn niet aangeraakt", build.Error);
            Assert.Equal(before, Snapshot(repo));
        }
        finally
        {
            Run("umount", "-l", output);
        }
    }

    [SkippableFact]
    public void A_read_only_output_folder_keeps_the_earlier_output_and_names_the_file_also_for_root()
    {
        using var repo = Board();
        Assert.Equal(0, Plangen.Run(repo.Root, BuildMd).ExitCode);
        var before = Snapshot(repo);
        var output = Path.Combine(repo.Root, "output");
        Mount(output, "--bind", output, output);
        try
        {
            Assert.True(Run("mount", "-o", "remount,bind,ro", output).Code == 0, "remount read-only failed");
            ChangePlan(repo);

            var build = Plangen.Run(repo.Root, BuildMd);
            Assert.Equal(1, build.ExitCode);
            AssertNoCrash(build);
            Assert.Contains($"{KompasOutput}/sociaal-veiligheidsplan.md:1:1: PG0008: kan dit bestand niet schrijven: de schijf is alleen-lezen (", build.Error);
            Assert.Equal(before, Snapshot(repo));
        }
        finally
        {
            Run("umount", "-l", output);
        }
    }

    [SkippableFact]
    public void An_immutable_output_file_stays_and_is_named()
    {
        using var repo = Board();
        Assert.Equal(0, Plangen.Run(repo.Root, BuildMd).ExitCode);
        var plan = Path.Combine(repo.Root, KompasOutput, "sociaal-veiligheidsplan.md");
        var before = File.ReadAllBytes(plan);
        var attr = Run("chattr", "+i", plan);
        Skip.If(attr.Code != 0, $"chattr +i is not possible here (needs root and a file system with attributes): {attr.Error.Trim()}");
        try
        {
            ChangePlan(repo);
            var build = Plangen.Run(repo.Root, BuildMd);
            Assert.Equal(1, build.ExitCode);
            AssertNoCrash(build);
            Assert.Contains($"{KompasOutput}/sociaal-veiligheidsplan.md:1:1: PG0008: kan dit bestand niet schrijven: geen toestemming (de map of het bestand is alleen-lezen, vergrendeld of van een andere gebruiker)", build.Error);
            Assert.Equal(before, File.ReadAllBytes(plan));
        }
        finally
        {
            Run("chattr", "-i", plan);
        }
    }

    private static TestRepository Board()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        return repo;
    }

    /// <summary>A change that alters the plan, so the next build must write it again.</summary>
    private static void ChangePlan(TestRepository repo) =>
        File.AppendAllText(Path.Combine(repo.Root, Kompas, "school.yaml"), "\nteksten:\n  evaluatie: Elk jaar in juni.\n");

    /// <summary>Every output file and its bytes.</summary>
    private static Dictionary<string, string> Snapshot(TestRepository repo) =>
        Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("vulling.bin", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(repo.Root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Writes until the file system is full.</summary>
    private static void Fill(string path)
    {
        var block = new byte[4096];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: what was written stays, the rest of the disk is gone.
        }
    }

    private static void Mount(string target, params string[] args)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs Linux (mount)");
        var mount = Run("mount", args);
        Skip.If(mount.Code != 0, $"cannot mount on {target} (needs root with CAP_SYS_ADMIN, e.g. not in an unprivileged container): {mount.Error.Trim()}");
    }

    private static (int Code, string Error) Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{command} is not installed ({e.Message})");
        }
    }

    private static void AssertNoCrash(Plangen.Result result)
    {
        var text = result.Out + result.Error;
        Assert.DoesNotContain("interne fout", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", text);
    }
}

/// <summary>Mounts and attributes change what other tests might see in their folders: these run one at a time.</summary>
[CollectionDefinition(nameof(OutputFaultTests), DisableParallelization = true)]
public sealed class OutputFaultCollection;
