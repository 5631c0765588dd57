using AngleSharp.Html.Parser;

namespace PlanGen.Html.Tests;

/// <summary>
/// Checks real pages written by `plangen build --format html`: set PLANGEN_HTML_CHECK_DIR to the
/// output folder. Skipped otherwise, so stale build products never fail a test run.
/// </summary>
public sealed class BuiltPagesCheck
{
    [SkippableFact]
    public void Built_pages_are_well_formed_and_safe()
    {
        var folder = Environment.GetEnvironmentVariable("PLANGEN_HTML_CHECK_DIR");
        Skip.If(string.IsNullOrEmpty(folder), "set PLANGEN_HTML_CHECK_DIR to the build output to check real pages");
        var files = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var errors = new List<string>();
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(e.ToString() ?? "");
            var page = parser.ParseDocument(File.ReadAllText(file));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed, pre.ruwe-html"));
            Assert.All(page.QuerySelectorAll("nav a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
            Assert.All(page.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(page.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")), file));
        }
    }
}
