using Microsoft.Playwright;

namespace PlanGen.Publish.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (which cannot download its own browser here),
/// with a fresh profile and no network services. Null when Chromium is not installed.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly string profile;

    private Browser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        this.playwright = playwright;
        Context = context;
        this.profile = profile;
    }

    public IBrowserContext Context { get; }

    public static bool Available => File.Exists(Chromium);

    public static async Task<Browser> StartAsync(int width)
    {
        var playwright = await Playwright.CreateAsync();
        var profile = Path.Combine(Path.GetTempPath(), "plangen-chromium-" + Guid.NewGuid().ToString("N"));
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            ChromiumSandbox = false,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "nl-NL",
        });
        return new Browser(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        playwright.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
