namespace PlanGen.Build.Bench;

/// <summary>The checkout the benchmark runs from (where PlanGen.sln is), for the example schools and templates.</summary>
internal static class Repository
{
    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable("PLANGEN_ROOT");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("PlanGen.sln not found; run from the checkout or set PLANGEN_ROOT");
    }
}
