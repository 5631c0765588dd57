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
    public void A_wrong_shard_is_a_usage_error_in_dutch()
    {
        using var repo = new SyntheticRepository(schools: 1, boards: 1);
        var result = Plangen.Run(repo.Root, "build", "--shard", "0/8");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("het deelnummer loopt van 1 tot en met het aantal delen", result.Error);
    }
}
