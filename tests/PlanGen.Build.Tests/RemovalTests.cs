using PlanGen.Core.Building.Incremental;

namespace PlanGen.Build.Tests;

/// <summary>Output PlanGen no longer makes goes away; anything it did not write stays.</summary>
public class RemovalTests
{
    [Fact]
    public void Deleting_a_school_removes_the_files_it_had_and_nothing_else()
    {
        using var repo = new SyntheticRepository(schools: 4, boards: 2);
        repo.Build();
        var gone = repo.Schools[2];
        var own = repo.Path("output", gone, "aantekeningen.txt");
        File.WriteAllText(own, "niet van PlanGen");
        var others = SyntheticRepository.Files(repo.Path("output", repo.Schools[0]));
        Directory.Delete(repo.Path("schools", gone), recursive: true);

        var results = repo.Build();
        var removed = Assert.Single(results, r => r.Removed);
        Assert.Equal(gone, removed.School);
        Assert.NotEmpty(removed.Deleted);
        Assert.Equal(["aantekeningen.txt"], Directory.EnumerateFileSystemEntries(repo.Path("output", gone)).Select(Path.GetFileName));
        Assert.Equal(others, SyntheticRepository.Files(repo.Path("output", repo.Schools[0])));

        File.Delete(own);
        Directory.Delete(repo.Path("schools", repo.Schools[3]), recursive: true);
        repo.Build();
        Assert.False(Directory.Exists(repo.Path("output", repo.Schools[3])));
    }

    [Fact]
    public void A_removed_year_plan_removes_that_years_documents()
    {
        using var repo = new SyntheticRepository(schools: 8, boards: 2);
        // Schools modelled on OBS De Linde have two year plans.
        var school = repo.Schools.First(s => File.Exists(repo.Path("schools", s, "jaarplannen", "2026-2027.yaml")));
        var next = repo.Path("schools", school, "jaarplannen", "2026-2027.yaml");
        repo.Build();
        Assert.True(Directory.Exists(repo.Path("output", school, "2026-2027")));

        File.Delete(next);
        var result = Assert.Single(repo.Build(), r => !r.Unchanged);
        Assert.Equal(school, result.School);
        Assert.Equal(2, result.Deleted.Count);
        Assert.False(Directory.Exists(repo.Path("output", school, "2026-2027")));
        var manifest = ManifestJson.Read(repo.Path("output", school, SchoolManifest.FileName))!;
        Assert.All(manifest.Outputs, o => Assert.Contains("/2025-2026/", o.Path));
    }

    [Fact]
    public void A_school_with_errors_keeps_its_earlier_output_and_is_tried_again()
    {
        using var repo = new SyntheticRepository(schools: 2, boards: 1);
        repo.Build();
        var school = repo.Schools[1];
        var before = SyntheticRepository.Files(repo.Path("output", school));
        File.AppendAllText(repo.Path("schools", school, "school.yaml"), "\nonbekend_veld: ja\n");
        var general = new PlanGen.Core.Diagnostics.DiagnosticBag();
        var options = new PlanGen.Core.Building.BuildOptions { Root = repo.Root, Writers = [repo.Markdown], Incremental = true };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var results = new PlanGen.Core.Building.BuildService().Build(options, general);
            Assert.True(Assert.Single(results, r => r.School == school).Failed);
        }
        Assert.Equal(before, SyntheticRepository.Files(repo.Path("output", school)));
    }
}
