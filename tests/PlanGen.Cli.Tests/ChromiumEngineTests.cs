using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>`--pdf-engine chromium`: a tagged PDF for every example school, and a clear error without Chromium.</summary>
public class ChromiumEngineTests
{
    private static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    [SkippableFact]
    public void Chromium_engine_writes_a_tagged_pdf_for_every_example_school()
    {
        Skip.IfNot(Has("chromium"), "chromium is niet geïnstalleerd (apt-get install chromium; .ci/run doet dat)");
        Skip.IfNot(Has("pdfinfo"), "pdfinfo (poppler-utils) is niet geïnstalleerd");
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        var build = Plangen.Run(repo.Root, "build", "--format", "pdf", "--pdf-engine", "chromium", "--editie", "openbaar");
        Assert.True(build.ExitCode == 0, build.Out + build.Error);

        var pdfs = Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "*.pdf", SearchOption.AllDirectories).ToList();
        // Two documents (plan and card) per school year of every example school.
        var schoolYears = Directory.EnumerateFiles(Path.Combine(repo.Root, "schools"), "*.yaml", SearchOption.AllDirectories)
            .Count(file => Path.GetFileName(Path.GetDirectoryName(file)) == "jaarplannen");
        Assert.Equal(2 * schoolYears, pdfs.Count);
        foreach (var pdf in pdfs)
        {
            var info = Run("pdfinfo", pdf);
            Assert.Contains("Tagged:          yes", info);
            Assert.Matches(@"Pages:\s+[1-9]", info);
        }
    }

    [Fact]
    public void Chromium_engine_without_chromium_is_a_clear_usage_error()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        var build = Plangen.Run(repo.Root, new Dictionary<string, string> { ["PLANGEN_CHROMIUM"] = "/bestaat/niet/chromium" }, "build", "--format", "pdf", "--pdf-engine", "chromium");
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("--pdf-engine chromium heeft Chromium nodig", build.Error);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output")));
    }

    private static string Run(string tool, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, [argument]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
