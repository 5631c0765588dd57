using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlanGen.Core.Diagnostics;
using PlanGen.Site;
using PlanGen.Site.Model;

namespace PlanGen.Publish.Tests;

/// <summary>
/// The site as a board would publish it: a combined index and one per board in its colour with its
/// logo, school pages that tell concept from vastgesteld, a footer with the board's contact and
/// statements, Dutch filing order, no Markdown, and never a page that nothing links to.
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class SiteTests(EditionBuild build)
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(build.Site, relative)));

    [Fact]
    public void Every_board_has_its_own_index_in_its_colour_with_its_logo_and_the_combined_index_shows_both()
    {
        foreach (var (board, colour, name) in new[] { ("stichting-horizon", "#0D47A1", "Stichting Horizon Basisonderwijs"), ("stichting-rivierenland", "#1B5E20", "Stichting Openbaar Onderwijs Rivierenland") })
        {
            var page = Page($"{board}/index.html");
            Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
            Assert.Equal($"Logo van {name}", page.QuerySelector("header img.logo")!.GetAttribute("alt"));
            Assert.Contains(colour.ToLowerInvariant(), page.QuerySelector("style")!.TextContent.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.Equal(["../index.html", null], page.QuerySelectorAll(".kruimelpad li").Select(li => li.QuerySelector("a")?.GetAttribute("href")));
        }
        var index = Page("index.html");
        var sections = index.QuerySelectorAll("section.bestuur").ToList();
        Assert.Equal(["Stichting Horizon Basisonderwijs", "Stichting Openbaar Onderwijs Rivierenland"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        Assert.Equal(["bestuur bestuur-1", "bestuur bestuur-2"], sections.Select(s => s.ClassName));
        var css = index.QuerySelector("style")!.TextContent;
        Assert.Contains(".bestuur-1{--bestuur:#0D47A1}", css, StringComparison.Ordinal);
        Assert.Contains(".bestuur-2{--bestuur:#1B5E20}", css, StringComparison.Ordinal);
        Assert.Equal(["Logo van Stichting Horizon Basisonderwijs", "Logo van Stichting Openbaar Onderwijs Rivierenland"], sections.Select(s => s.QuerySelector("img")!.GetAttribute("alt")));
        Assert.Equal(["stichting-horizon/index.html", "stichting-rivierenland/index.html"], sections.Select(s => s.QuerySelector("h2 a")!.GetAttribute("href")));
    }

    [Fact]
    public void The_school_page_marks_the_concept_year_and_shows_each_years_own_adoption()
    {
        var page = Page("stichting-rivierenland/obs-de-linde/index.html");
        var concept = page.GetElementById("Jaar-2026-2027")!.ParentElement!;
        Assert.Equal("Schooljaar 2026-2027 concept", concept.QuerySelector("h2")!.TextContent);
        Assert.Contains("Concept \u2013 versie 0.9, nog niet vastgesteld", concept.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vastgesteld", concept.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", concept.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);

        var adopted = page.GetElementById("Jaar-2025-2026")!.ParentElement!;
        Assert.Contains("Vastgesteld \u2013 versie 1.0", adopted.TextContent, StringComparison.Ordinal);
        Assert.Contains("15 september 2025 (instemming van de medezeggenschapsraad)", adopted.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Null(adopted.QuerySelector(".label-concept"));
        // The school page names the board's logo as the board's.
        Assert.Equal("Logo van Stichting Openbaar Onderwijs Rivierenland", page.QuerySelector("header img.logo")!.GetAttribute("alt"));
        Assert.Equal(["../../index.html", "../index.html", null], page.QuerySelectorAll(".kruimelpad li").Select(li => li.QuerySelector("a")?.GetAttribute("href")));
    }

    [Fact]
    public void Every_page_has_the_boards_contact_privacy_statement_and_accessibility_statement_in_its_footer()
    {
        foreach (var relative in new[] { "stichting-rivierenland/index.html", "stichting-rivierenland/obs-t-kompas/index.html" })
        {
            var footer = Page(relative).QuerySelector("footer")!;
            Assert.Equal("mailto:info@rivierenland-onderwijs.example", footer.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
            Assert.Equal("tel:0344555000", footer.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
            var links = footer.QuerySelectorAll(".voet-links a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
            Assert.Equal("https://www.rivierenland-onderwijs.example/privacy", links["Privacyverklaring"]);
            Assert.Equal("https://www.rivierenland-onderwijs.example/toegankelijkheid", links["Toegankelijkheidsverklaring"]);
        }
        var combined = Page("index.html").QuerySelector("footer")!.TextContent;
        Assert.Contains("info@horizon-basisonderwijs.example", combined, StringComparison.Ordinal);
        Assert.Contains("info@rivierenland-onderwijs.example", combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_page_links_back_to_its_school_page_and_to_its_pdf_and_word_and_the_school_page_links_to_it()
    {
        var documents = Directory.EnumerateFiles(build.Site, "*.html", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "index.html").ToList();
        Assert.NotEmpty(documents);
        foreach (var file in documents)
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            var links = page.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.Contains("../index.html", links);
            Assert.Contains($"{name}.pdf", links);
            Assert.Contains($"{name}.docx", links);
            var school = Parser.ParseDocument(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, "..", "index.html")));
            var year = Path.GetFileName(Path.GetDirectoryName(file));
            Assert.Contains($"{year}/{name}.html", school.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Parents_are_offered_web_pages_PDF_and_Word_but_no_Markdown()
    {
        Assert.Empty(Directory.EnumerateFiles(build.Site, "*.md", SearchOption.AllDirectories));
        foreach (var page in Directory.EnumerateFiles(build.Site, "index.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("Markdown", File.ReadAllText(page), StringComparison.Ordinal);
        }
        var downloads = Page("stichting-horizon/ikc-de-buitenhof/index.html").QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("2025-2026/sociaal-veiligheidsplan.pdf", downloads);
        Assert.Contains("2025-2026/sociaal-veiligheidsplan.docx", downloads);
    }

    [Fact]
    public void Names_file_under_their_first_real_word()
    {
        string[] names = ["OBS De Linde", "OBS 't Kompas", "CBS Het Anker", "De Zonnewijzer", "OBS Aventurijn", "IKC De Buitenhof", "Jenaplanschool De Wilgen"];
        Assert.Equal(["CBS Het Anker", "OBS Aventurijn", "IKC De Buitenhof", "OBS 't Kompas", "OBS De Linde", "Jenaplanschool De Wilgen", "De Zonnewijzer"], names.Order(DutchOrder.Instance));
        Assert.Equal("Kompas", DutchOrder.Key("OBS 't Kompas"));
        Assert.Equal("De", DutchOrder.Key("De"));
    }

    [Fact]
    public void Publishing_one_board_after_another_keeps_both_linked_and_a_full_publish_removes_what_is_gone()
    {
        using var scratch = new Scratch();
        scratch.Copy("schools");
        scratch.Copy("templates");
        var site = Path.Combine(scratch.Root, "site");
        global::PlanGen.Document.IDocumentWriter[] writers = [new PlanGen.Html.HtmlWriter()];
        PublishResult Publish(string? board, bool adoptedOnly = false) =>
            PublishService.Publish(new PublishOptions { Root = scratch.Root, OutputDirectory = site, Writers = writers, Board = board, AdoptedOnly = adoptedOnly }, new DiagnosticBag());

        Publish("stichting-horizon");
        Publish("stichting-rivierenland");
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("Stichting Horizon Basisonderwijs", index, StringComparison.Ordinal);
        Assert.Contains("Stichting Openbaar Onderwijs Rivierenland", index, StringComparison.Ordinal);
        AssertEveryPageIsLinked(site);

        // A school that no longer exists leaves with a full publish; concepts leave with --alleen-vastgesteld.
        Directory.Delete(Path.Combine(scratch.Root, "schools", "stichting-horizon", "jenaplanschool-de-wilgen"), recursive: true);
        Publish(null, adoptedOnly: true);
        Assert.False(Directory.Exists(Path.Combine(site, "stichting-horizon", "jenaplanschool-de-wilgen")));
        Assert.False(Directory.Exists(Path.Combine(site, "stichting-rivierenland", "obs-de-linde", "2026-2027")));
        Assert.DoesNotContain("2026-2027", File.ReadAllText(Path.Combine(site, "stichting-rivierenland", "obs-de-linde", "index.html")), StringComparison.Ordinal);
        AssertEveryPageIsLinked(site);
    }

    /// <summary>Every HTML page under the site is reached from index.html by following links.</summary>
    private static void AssertEveryPageIsLinked(string site)
    {
        var all = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Select(Path.GetFullPath).ToHashSet();
        var seen = new HashSet<string>();
        var queue = new Queue<string>([Path.GetFullPath(Path.Combine(site, "index.html"))]);
        while (queue.TryDequeue(out var page))
        {
            if (!seen.Add(page) || !File.Exists(page))
            {
                continue;
            }
            foreach (var href in Parser.ParseDocument(File.ReadAllText(page)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = href.Split('#')[0];
                if (target.EndsWith(".html", StringComparison.Ordinal) && !target.Contains("://", StringComparison.Ordinal))
                {
                    queue.Enqueue(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target)));
                }
            }
        }
        var orphans = all.Except(seen).Select(p => Path.GetRelativePath(site, p)).ToList();
        Assert.True(orphans.Count == 0, "pages nothing links to: " + string.Join(", ", orphans));
    }
}
