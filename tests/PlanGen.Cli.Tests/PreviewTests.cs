using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Playwright;
using PlanGen.Core.Tests;
using Xunit.Abstractions;

namespace PlanGen.Cli.Tests;

/// <summary>
/// plangen bekijk in a real browser (Debian's Chromium via Playwright): a save shows in the page by
/// itself, a broken file shows its Dutch problem above the last good render, a fix recovers, the
/// server listens on loopback only and stops cleanly on Ctrl+C (SIGINT).
/// </summary>
public class PreviewTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string School = "schools/stichting-rivierenland/obs-t-kompas/school.yaml";
    private const string Sentence = "voelt, zodat het tot leren komt.";
    private static readonly float Wait = 30_000;

    [SkippableFact]
    public async Task Preview_updates_itself_shows_problems_over_the_last_good_render_and_stops_on_ctrl_c()
    {
        Skip.IfNot(File.Exists(Chromium), "chromium is niet geïnstalleerd (apt-get install chromium; .ci/run doet dat)");
        using var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        var file = Path.Combine(repo.Root, School);
        var original = File.ReadAllText(file);
        Assert.Contains(Sentence, original);

        using var preview = Start(repo.Root, out var address);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", address);
        AssertNotReachableFromOutside(new Uri(address).Port);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, ChromiumSandbox = false, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address);
        var document = page.FrameLocator("iframe#document");
        await Assertions.Expect(document.GetByText("Op onze kleine school kent iedereen elkaar", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = Wait });

        // Ten saves: each new sentence appears without touching the page.
        var timings = new List<double>();
        for (var i = 1; i <= 10; i++)
        {
            var clock = Stopwatch.StartNew();
            File.WriteAllText(file, original.Replace(Sentence, $"{Sentence} Versie {i} van de zin."));
            await Assertions.Expect(document.GetByText($"Versie {i} van de zin.", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = Wait });
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        output.WriteLine($"save to updated page: median {(timings[4] + timings[5]) / 2:F0} ms (min {timings[0]:F0}, max {timings[9]:F0})");

        // Broken: the Dutch problem with its place, source line and fix; the last good render stays below it.
        File.WriteAllText(file, original.Replace(Sentence, $"{Sentence} Versie 10 van de zin.").Replace("  plaats: Dijkdorp", "  plaats:Dijkdorp"));
        var problems = page.Locator("#problemen");
        await Assertions.Expect(problems).ToContainTextAsync("school.yaml:5:10", new() { Timeout = Wait });
        await Assertions.Expect(problems).ToContainTextAsync("na de dubbele punt van 'plaats' ontbreekt een spatie");
        await Assertions.Expect(problems).ToContainTextAsync("plaats:Dijkdorp");
        await Assertions.Expect(problems).ToContainTextAsync("Oplossing: zet een spatie na de dubbele punt: plaats: Dijkdorp");
        await Assertions.Expect(document.GetByText("Versie 10 van de zin.", new() { Exact = false })).ToBeVisibleAsync();

        // Fixed: the problem goes, the new text comes.
        File.WriteAllText(file, original.Replace(Sentence, $"{Sentence} Weer goed."));
        await Assertions.Expect(document.GetByText("Weer goed.", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.GetByText("ontbreekt een spatie")).ToHaveCountAsync(0);

        // Ctrl+C.
        using (var kill = Process.Start("kill", ["-INT", preview.Id.ToString()]))
        {
            kill.WaitForExit();
        }
        Assert.True(preview.WaitForExit(30_000), "plangen bekijk did not stop on SIGINT");
        Assert.Equal(0, preview.ExitCode);
        Assert.Contains("Voorbeeld gestopt.", preview.StandardOutput.ReadToEnd());
    }

    private static Process Start(string root, out string address)
    {
        var dll = Path.Combine(TestRepository.SourceRoot, "src", "PlanGen.Cli", "bin", new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0", "plangen.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("bekijk");
        start.ArgumentList.Add("obs-t-kompas");
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var first = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("plangen bekijk printed nothing");
        address = first[(first.IndexOf("http://", StringComparison.Ordinal))..].Trim();
        return process;
    }

    /// <summary>Bound to 127.0.0.1: the same port on this machine's other addresses refuses the connection.</summary>
    private static void AssertNotReachableFromOutside(int port)
    {
        var outside = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).ToList();
        foreach (var ip in outside)
        {
            using var client = new TcpClient();
            Assert.Throws<SocketException>(() => client.Connect(ip, port));
        }
        using var local = new TcpClient();
        local.Connect(IPAddress.Loopback, port);
    }
}
