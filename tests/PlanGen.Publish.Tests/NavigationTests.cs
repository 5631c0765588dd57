using Microsoft.Playwright;

namespace PlanGen.Publish.Tests;

/// <summary>
/// A parent's clicks through the published site in headless Chromium (Microsoft.Playwright, the
/// driver <see cref="BrowserTests"/> uses): from the school page to a plan and back, and the table
/// of contents folded on a phone, open on a desktop. Skips when Chromium is absent.
/// PLANGEN_SCREENSHOTS=/tmp/dir saves the phone screenshots before and after opening the contents.
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class NavigationTests(EditionBuild build)
{
    private const string SchoolPage = "stichting-rivierenland/obs-de-linde/index.html";

    private string Url(string relative) => new Uri(Path.Combine(build.Site, relative)).AbsoluteUri;

    [SkippableFact]
    public async Task From_the_school_page_to_its_plan_and_back_in_one_click_each()
    {
        Skip.IfNot(Browser.Available, $"Chromium ontbreekt ({Browser.Chromium}); installeer het met: apt-get install -y chromium");
        await using var browser = await Browser.StartAsync(390);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(Url(SchoolPage));
        Assert.Equal("OBS De Linde", (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "Sociaal veiligheidsplan 2025-2026 online lezen" }).ClickAsync();
        await page.WaitForURLAsync(Url("stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.html"));
        Assert.Equal("Sociaal veiligheidsplan OBS De Linde", Flat(await page.Locator("h1").InnerTextAsync()));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Sociaal veiligheidsplan downloaden als PDF" }).IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de pagina van OBS De Linde" }).ClickAsync();
        await page.WaitForURLAsync(Url(SchoolPage));
        Assert.Equal("OBS De Linde", (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [SkippableTheory]
    [InlineData(390, false)]
    [InlineData(1280, true)]
    public async Task The_table_of_contents_is_folded_on_a_phone_and_open_on_a_desktop(int width, bool openAtFirst)
    {
        Skip.IfNot(Browser.Available, $"Chromium ontbreekt ({Browser.Chromium}); installeer het met: apt-get install -y chromium");
        await using var browser = await Browser.StartAsync(width);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(Url("stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.html"));
        var summary = page.Locator("nav.inhoudsopgave summary");
        var firstChapter = page.Locator("nav.inhoudsopgave a").First;
        Assert.True(await summary.IsVisibleAsync());
        Assert.Equal("Inhoudsopgave", (await summary.InnerTextAsync()).Trim());
        Assert.Equal(openAtFirst, await firstChapter.IsVisibleAsync());
        await Screenshot(page, $"toc-{width}-voor.png");
        if (openAtFirst)
        {
            return;
        }

        // On the phone the folded contents take one line: the first chapter's text starts on the first screen.
        var height = await page.Locator("nav.inhoudsopgave").BoundingBoxAsync();
        Assert.True(height!.Height < 80, $"folded contents are {height.Height}px high");
        await summary.ClickAsync();
        Assert.True(await firstChapter.IsVisibleAsync());
        Assert.Equal("true", await page.EvaluateAsync<string>("() => String(document.querySelector('nav.inhoudsopgave details').open)"));
        await Screenshot(page, $"toc-{width}-open.png");
        var target = await firstChapter.GetAttributeAsync("href");
        await firstChapter.ClickAsync();
        Assert.EndsWith(target!, page.Url, StringComparison.Ordinal);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PLANGEN_SCREENSHOTS") is { } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
        }
    }
}
