namespace PlanGen.Core.Tests;

/// <summary>
/// Approved golden files in tests/golden/. A difference fails the test and writes the new output beside
/// it as *.actual; run with UPDATE_GOLDEN=1 to approve (then review the diff in git, like code).
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(TestRepository.SourceRoot, "tests", "golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            File.WriteAllText(path + ".actual", actual);
        }
        Assert.Equal(expected, actual);
    }
}
