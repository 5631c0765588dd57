using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>A rebuild says what is new: warnings of skipped, unchanged schools are counted, not repeated.</summary>
public class QuietBuildTests
{
    private static readonly string Dll = Path.Combine(TestRepository.SourceRoot, "src", "PlanGen.Cli", "bin",
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0", "plangen.dll");

    [SkippableFact]
    public void Make_plans_twice_prints_no_warning_block_the_second_time()
    {
        Skip.IfNot(File.Exists("/usr/bin/make"), "make is not installed (apt-get install make)");
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        // The real Makefile target; its dotnet build of PlanGen is already done (-o: treat as up to date).
        var first = Make(repo.Root);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("waarschuwing PG0327", first.Output);
        var second = Make(repo.Root);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("waarschuwing PG", second.Output);
        Assert.DoesNotContain("school.yaml:", second.Output);
        Assert.Contains("9 waarschuwingen van 2 ongewijzigde scholen niet herhaald; bekijk ze met: plangen validate", second.Output);
        Assert.Contains("5 van 5 scholen gebouwd (5 ongewijzigd overgeslagen), 0 bestanden geschreven in output/.", second.Output);
    }

    [Fact]
    public void Stil_prints_nothing_but_errors()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        var ok = Plangen.Run(repo.Root, "build", "--format", "md", "--stil");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("", ok.Out + ok.Error);
        var file = Path.Combine(repo.Root, "schools/stichting-rivierenland/obs-t-kompas/school.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  plaats: Dijkdorp", "  plaats:Dijkdorp"));
        var broken = Plangen.Run(repo.Root, "build", "--format", "md", "--stil");
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal("", broken.Out);
        Assert.StartsWith("schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:10: PG0001: na de dubbele punt van 'plaats' ontbreekt een spatie", broken.Error);
        Assert.DoesNotContain("waarschuwing", broken.Error);
    }

    private static (int ExitCode, string Output) Make(string directory)
    {
        var start = new ProcessStartInfo("make") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", Path.Combine(TestRepository.SourceRoot, "Makefile"), "-o", "cli-progress", "plans", $"PLANGEN=dotnet {Dll}" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
