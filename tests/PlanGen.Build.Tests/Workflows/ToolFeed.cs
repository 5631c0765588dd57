using System.Diagnostics;
using System.Runtime.InteropServices;
using PlanGen.Core.Tests;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>
/// The packed tool in a folder that stands in for the board's NuGet feed: `dotnet pack` of the CLI as
/// docs/ci.md says, for this machine's platform only (the pointer package plus plangen.&lt;rid&gt;), built
/// in its own artifacts folder so the checkout's bin/ that other tests run is left alone.
/// </summary>
public static class ToolFeed
{
    // PLANGEN_TEST_FEED: a folder with packages packed already (make tool-test's), to skip packing again.
    private static readonly Lazy<string> Folder = new(() => Environment.GetEnvironmentVariable("PLANGEN_TEST_FEED") is { Length: > 0 } given ? given : Pack());

    public static string Path => Folder.Value;

    public static string Platform =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    private static string Pack()
    {
        var work = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "plangen-feed-" + Guid.NewGuid().ToString("N"));
        var feed = System.IO.Path.Combine(work, "feed");
        var start = new ProcessStartInfo("dotnet", [
            "pack", System.IO.Path.Combine(TestRepository.SourceRoot, "src", "PlanGen.Cli"), "-c", "Release", "-o", feed,
            "--artifacts-path", System.IO.Path.Combine(work, "artifacts"), "--nologo", "-v", "quiet",
            $"-p:ToolPackageRuntimeIdentifiers={Platform}", $"-p:RuntimeIdentifiers={Platform}",
        ])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(900_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet pack did not finish in 15 minutes");
        }
        Assert.True(process.ExitCode == 0, "dotnet pack failed:\n" + output.Result + error.Result);
        Directory.Delete(System.IO.Path.Combine(work, "artifacts"), recursive: true);
        return feed;
    }
}
