using System.Text;
using AngleSharp.Dom;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Html.Tests;

public sealed class SafetyTests
{
    private static readonly string LongWord = new('x', 600);

    private static readonly string Hostile = $$"""
        ---
        school: "<script>alert('fm')</script>"
        ---

        # Titel <script>alert(1)</script> met <img src=x onerror=alert(2)>

        <script>alert(3)</script>

        <img src="x" onerror="alert(4)">

        <svg onload="alert(5)"><circle r="1"/></svg>

        <iframe src="https://evil.example/"></iframe>

        ## Links <a href="javascript:alert(6)">hier</a>

        [javascript](javascript:alert(7)) [JaVaScRiPt](JaVaScRiPt:alert(8)) [spaties](<  javascript:alert(9)>)
        [entity](javascript&#58;alert(10)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=)
        [vb](vbscript:msgbox(12)) [proto](//evil.example/x) [backslash](\\evil.example) <javascript:alert(13)>
        [tab](java&#9;script:alert(14)) [zwsp](java&#x200B;script:alert(15)) [file](file:///etc/passwd)
        ![beeld](https://evil.example/track.png "titel") ![svg](data:image/svg+xml,<svg onload=alert(16)>)

        [goed](https://school.example/a?b=1&c="2") [mail](mailto:info@school.example) [tel](tel:+31101234567) [rel](bijlagen/pestprotocol.pdf) [anker](#links)

        Een heel lang woord: {{LongWord}}

        Omgekeerd: gebruiker‮gpj.exe en ‭ en ⁦isolaat⁩ en  controle.

        Tekst met <span onclick="alert(17)" style="x">inline</span> en <!-- commentaar --> en <b>vet</b>.

        ::: kader" onmouseover="alert(18)
        Kader met een rare naam.
        :::

        ::: blok plan" onclick="alert(19)
        ### Blok
        Tekst.
        :::

        ::: <script>alert(20)</script>
        Onbekende container.
        :::

        | <script>alert(21)</script> | kop |
        |---|---|
        | [x](javascript:alert(22)) | <img src=x onerror=alert(23)> |

        ```html" onmouseover="alert(24)
        <script>alert(25)</script>
        ```
        """;

    private static DocumentInfo HostileInfo() => TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan) with
    {
        Title = "<script>alert('title')</script>",
        SchoolName = "School \"><script>alert('school')</script>",
        BoardName = "<img src=x onerror=alert('board')>",
        SchoolYear = "2025-2026<script>",
        Subtitle = "<svg onload=alert('sub')>",
        Adoptions = ["<iframe src=javascript:alert('adoption')>"],
        AccentColor = "red;}</style><script>alert('css')</script><style>",
        FontFamily = "x\";}</style><script>alert('font')</script>",
        LogoAltText = "\" onerror=\"alert('alt')",
        Keywords = ["\"><script>alert('kw')</script>"],
        Language = "nl\" onload=\"alert('lang')",
    };

    private static string Html() => Encoding.UTF8.GetString(TestDocuments.WriteBytes(RenderedDocument.Create(HostileInfo(), Hostile)));

    private static IDocument Page() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Html());

    [Fact]
    public void Hostile_input_produces_no_script_and_no_active_elements()
    {
        var page = Page();
        Assert.Empty(page.QuerySelectorAll("script, iframe, svg, object, embed, img, form, base, link, meta[http-equiv]"));
        Assert.Single(page.QuerySelectorAll("style"));
    }

    [Fact]
    public void Hostile_input_produces_no_event_handler_attributes()
    {
        var offenders = Page().All
            .SelectMany(element => element.Attributes.Select(attribute => (element.TagName, attribute.Name)))
            .Where(pair => pair.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || pair.Name == "style")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_allowed_link_targets_survive()
    {
        var hrefs = Page().QuerySelectorAll("[href], [src], [action], [formaction]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .ToList();

        Assert.All(hrefs, href =>
        {
            var lower = href.Trim().ToLowerInvariant();
            Assert.False(lower.StartsWith("javascript:", StringComparison.Ordinal), href);
            Assert.False(lower.StartsWith("data:", StringComparison.Ordinal), href);
            Assert.False(lower.StartsWith("vbscript:", StringComparison.Ordinal), href);
            Assert.False(lower.StartsWith("file:", StringComparison.Ordinal), href);
            Assert.False(lower.StartsWith("//", StringComparison.Ordinal), href);
            Assert.DoesNotContain("script:", lower, StringComparison.Ordinal);
        });

        Assert.Contains("mailto:info@school.example", hrefs);
        Assert.Contains("tel:+31101234567", hrefs);
        Assert.Contains("bijlagen/pestprotocol.pdf", hrefs);
        // "#links" names no heading (the heading's id is longer): shown as text, in every writer (PG0404).
        Assert.DoesNotContain("#links", hrefs);
        Assert.Contains(hrefs, href => href.StartsWith("https://school.example/a?b=1&c=", StringComparison.Ordinal));
    }

    [Fact]
    public void Refused_links_and_raw_html_are_shown_as_text()
    {
        var main = TestDocuments.Normalize(Page().QuerySelector("main")!.TextContent);
        Assert.Contains("<script>alert(3)</script>", main, StringComparison.Ordinal);
        Assert.Contains("<img src=\"x\" onerror=\"alert(4)\">", main, StringComparison.Ordinal);
        Assert.Contains("<span onclick=\"alert(17)\" style=\"x\">inline</span>", main, StringComparison.Ordinal);
        Assert.Contains("javascript", main, StringComparison.Ordinal);
        Assert.Contains("beeld", main, StringComparison.Ordinal);
        Assert.DoesNotContain("commentaar", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_info_is_escaped_and_bad_style_values_fall_back()
    {
        var html = Html();
        var page = Page();
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("School \"><script>alert('school')</script>", page.QuerySelector("header .school")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert('board')>", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        var css = page.QuerySelector("style")!.TextContent;
        Assert.DoesNotContain("alert", css, StringComparison.Ordinal);
        Assert.DoesNotContain("red;", css, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "</style>"));
    }

    [Fact]
    public void Containers_take_only_fixed_class_names()
    {
        var page = Page();
        var classes = page.QuerySelectorAll("main [class]").SelectMany(e => e.ClassList).Distinct().Order().ToList();
        Assert.All(classes, c => Assert.Matches("^[a-z-]+$", c));
        Assert.Empty(page.QuerySelectorAll("main aside"));
        // Unknown containers (a hostile name) are reported (PG0402) and their text kept as plain blocks.
        Assert.Empty(page.QuerySelectorAll("main div.container"));
        Assert.Contains("Kader met een rare naam.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Onbekende container.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var blok = Assert.Single(page.QuerySelectorAll("main section.blok"));
        Assert.Equal(["blok"], blok.ClassList);
    }

    [Fact]
    public void Bidi_overrides_and_control_characters_are_removed()
    {
        var html = Html();
        foreach (var c in "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u0001\u007F")
        {
            Assert.DoesNotContain(c, html);
        }

        Assert.Contains("gebruikergpj.exe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_words_are_kept_and_may_wrap()
    {
        var page = Page();
        Assert.Contains(LongWord, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("overflow-wrap:anywhere", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Still_exactly_one_h1_when_the_markdown_has_several()
    {
        var page = TestDocuments.Parse(RenderedDocument.Create(
            TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan), "# Een\n\n# Twee\n\n## Drie\n"));
        Assert.Equal("Een", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal(["Twee", "Drie"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
    }

    [Fact]
    public void Without_a_markdown_title_the_info_title_is_the_h1()
    {
        var page = TestDocuments.Parse(RenderedDocument.Create(
            TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan), "Alleen tekst.\n"));
        Assert.Equal("Sociaal veiligheidsplan", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Empty(page.QuerySelectorAll("nav"));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
