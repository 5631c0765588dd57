using System.Diagnostics;
using PlanGen.Core.Tests;

namespace PlanGen.Build.Tests;

/// <summary>The packaged tool (tool-install.sh): packs, installs into a temp tool path and builds a school. Slow; opt-in.</summary>
public class ToolPackageTests
{
    [SkippableFact]
    public void The_packaged_tool_installs_and_builds_a_school_from_a_folder_with_only_schools()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("PLANGEN_TOOL_TEST") == "1", "zet PLANGEN_TOOL_TEST=1 (of: make tool-test); dotnet pack maakt vier pakketten met ReadyToRun en op linux-x64 een met Native AOT (tien minuten of meer)");
        var script = Path.Combine(TestRepository.SourceRoot, "tests", "PlanGen.Build.Tests", "tool-install.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(1_800_000), "tool-install.sh did not finish in 30 minutes");
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        Assert.Contains("tool-test: plangen", output.Result);
    }
}
