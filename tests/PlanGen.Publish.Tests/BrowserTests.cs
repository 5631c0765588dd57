using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PlanGen.Publish.Tests;

/// <summary>
/// The published site in headless Chromium: every page loads without console errors or failed
/// requests, every relative link (and its #fragment) resolves, and axe-core reports no WCAG 2.1
/// A/AA violations, at phone and desktop width. Skips when Chromium is absent (install it with
/// apt-get install chromium). PLANGEN_SCREENSHOTS=/tmp/dir saves a screenshot of every page.
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class BrowserTests(EditionBuild build, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task EveryPageLoadsCleanlyWithWorkingLinksAndNoAxeViolations(int width)
    {
        Skip.IfNot(Browser.Available, $"Chromium ontbreekt ({Browser.Chromium}); installeer het met: apt-get install -y chromium");
        var pages = Directory.EnumerateFiles(build.Site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 5, "the site has pages");
        await using var browser = await Browser.StartAsync(width);
        var problems = new List<string>();
        var links = 0;
        var screenshots = Environment.GetEnvironmentVariable("PLANGEN_SCREENSHOTS");
        foreach (var file in pages)
        {
            var name = Path.GetRelativePath(build.Site, file);
            var page = await browser.Context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add($"{name}: console {message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"{name}: page error: {error}");
            page.RequestFailed += (_, request) => problems.Add($"{name}: request failed: {request.Url}");
            var response = await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            links += await CheckLinks(page, name, problems);
            var axe = await page.RunAxe(Wcag21AA);
            problems.AddRange(axe.Violations.Select(v => $"{name}: axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            if (overflow)
            {
                problems.Add($"{name}: the page scrolls sideways at {width}px");
            }
            if (screenshots is not null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{name.Replace('/', '_')}-{width}.png"), FullPage = true });
            }
            await page.CloseAsync();
        }
        output.WriteLine($"{pages.Count} pages, {links} links checked at {width}px");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<int> CheckLinks(IPage page, string name, List<string> problems)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
        var raw = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))");
        foreach (var href in raw.Where(h => h.StartsWith("/", StringComparison.Ordinal) || h.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{name}: link is not relative: {href}");
        }
        foreach (var href in hrefs.Where(h => h.StartsWith("file:", StringComparison.Ordinal)))
        {
            var uri = new Uri(href);
            if (!File.Exists(uri.LocalPath))
            {
                problems.Add($"{name}: link to a missing file: {href}");
                continue;
            }
            var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
            if (fragment.Length > 0 && uri.LocalPath == new Uri(page.Url).LocalPath && await page.QuerySelectorAsync($"[id='{fragment.Replace("'", "\\'", StringComparison.Ordinal)}']") is null)
            {
                problems.Add($"{name}: link to a missing anchor: #{fragment}");
            }
        }
        return hrefs.Length;
    }
}
