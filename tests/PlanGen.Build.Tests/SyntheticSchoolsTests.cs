using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Tests;
using PlanGen.Synthetic;

namespace PlanGen.Build.Tests;

/// <summary>The generator the benchmarks rely on: valid schools, fictional addresses, same seed same bytes.</summary>
public class SyntheticSchoolsTests
{
    [Fact]
    public void Every_synthetic_school_is_valid_and_uses_reserved_domains()
    {
        using var repo = new SyntheticRepository(schools: 30, boards: 4, seed: 3);
        var general = new DiagnosticBag();
        var schools = SchoolChecker.Check(repo.Root, ["schools"], general);
        Assert.Equal(30, schools.Count);
        Assert.All(schools, s => Assert.False(s.Diagnostics.HasErrors, string.Join("\n", s.Diagnostics.Items.Where(d => d.Severity == Severity.Error))));
        var text = string.Concat(Directory.EnumerateFiles(repo.Path("schools"), "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"@([a-z0-9.-]+)|https?://([a-z0-9.-]+)"))
        {
            var host = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            Assert.EndsWith(".example", host.TrimEnd('.'));
        }
        // Realistic sizes: long plans like De Buitenhof beside small schools.
        var sizes = Directory.EnumerateFiles(repo.Path("schools"), "school.yaml", SearchOption.AllDirectories).Select(f => File.ReadAllLines(f).Length).ToList();
        Assert.True(sizes.Max() > 250 && sizes.Min() < 80, string.Join(",", sizes));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        using var one = new TestRepository();
        using var two = new TestRepository();
        var source = Path.Combine(TestRepository.SourceRoot, "schools");
        SyntheticSchools.Generate(source, one.Root, 12, 3, seed: 5);
        SyntheticSchools.Generate(source, two.Root, 12, 3, seed: 5);
        var first = SyntheticRepository.Files(one.Root);
        var second = SyntheticRepository.Files(two.Root);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }
}
