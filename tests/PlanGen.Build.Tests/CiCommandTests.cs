using PlanGen.Cli.Tests;

namespace PlanGen.Build.Tests;

/// <summary>plangen ci and build --shard as a CI job runs them: the real plangen.dll in a folder with only schools/.</summary>
public class CiCommandTests
{
    [Fact]
    public void Ci_writes_a_markdown_summary_and_skips_unchanged_schools_the_second_time()
    {
        using var repo = new SyntheticRepository(schools: 3, boards: 1);
        var summary = repo.Path("samenvatting.md");
        var first = Plangen.Run(repo.Root, "ci", "--format", "md", "--samenvatting", summary);
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        var text = File.ReadAllText(summary);
        Assert.Contains("| school | status | fouten | waarschuwingen | gewijzigde bestanden |", text);
        Assert.Contains($"| {repo.Schools[0]} | ✅ gebouwd | 0 |", text);
        Assert.Contains("2025-2026/sociaal-veiligheidsplan.md", text);

        var second = Plangen.Run(repo.Root, "ci", "--format", "md");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 ongewijzigde scholen", second.Out);
        Assert.Contains("0 bestanden gewijzigd", second.Out);
    }

    [Fact]
    public void The_summary_names_each_failed_school_with_its_first_errors_and_counts_warnings_by_code()
    {
        using var repo = new PlanGen.Core.Tests.TestRepository();
        repo.CopyFromSource("schools");
        var broken = Path.Combine(repo.Root, "schools/stichting-horizon/ikc-de-buitenhof/school.yaml");
        File.AppendAllText(broken, "\nkwaliteitskaartt: {}\n");
        var line = File.ReadAllLines(broken).Length;
        var result = Plangen.Run(repo.Root, "ci", "--format", "md");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("### School met fouten\n\n**stichting-horizon/ikc-de-buitenhof**: 1 fout, niet gebouwd\n\n", result.Out);
        Assert.Contains($"- `schools/stichting-horizon/ikc-de-buitenhof/school.yaml:{line}`: PG0101 onbekend veld 'kwaliteitskaartt' (bedoelde je 'kwaliteitskaart'?)\n", result.Out);
        Assert.Contains("| stichting-rivierenland/obs-t-kompas | ✅ gebouwd | 0 | 6 (PG0320, PG0321, PG0323, PG0325, PG0326, PG0327) |", result.Out);
        Assert.Contains("| stichting-horizon/ikc-de-buitenhof | ❌ fouten, niet gebouwd | 1 |", result.Out);
    }

    [Fact]
    public void A_wrong_shard_is_a_usage_error_in_dutch()
    {
        using var repo = new SyntheticRepository(schools: 1, boards: 1);
        var result = Plangen.Run(repo.Root, "build", "--shard", "0/8");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("het deelnummer loopt van 1 tot en met het aantal delen", result.Error);
    }
}
