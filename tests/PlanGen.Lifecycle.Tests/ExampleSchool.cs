using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Tests;

namespace PlanGen.Lifecycle.Tests;

/// <summary>A temp copy of the Rivierenland examples and the templates; the real examples are never touched.</summary>
public static class ExampleSchool
{
    public const string Linde = "schools/stichting-rivierenland/obs-de-linde";

    public static TestRepository Copy()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        return repo;
    }

    public static string PlanPath(TestRepository repo, string year) => Path.Combine(repo.Root, Linde, "jaarplannen", year + ".yaml");

    public static SchoolChecker.CheckedSchool Check(TestRepository repo)
    {
        var general = new DiagnosticBag();
        var school = SchoolChecker.Check(repo.Root, [Linde], general).Single();
        Assert.Empty(general.Items);
        return school;
    }

    public static SchoolProject Valid(TestRepository repo)
    {
        var school = Check(repo);
        Assert.True(school.IsValid, string.Join("\n", school.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
        return school.Project!;
    }
}
