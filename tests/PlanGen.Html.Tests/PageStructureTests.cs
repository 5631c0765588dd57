using AngleSharp.Dom;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Html.Tests;

public sealed class PageStructureTests
{
    private readonly IDocument _plan = TestDocuments.Parse(TestDocuments.Plan());
    private readonly IDocument _kaart = TestDocuments.Parse(TestDocuments.Kaart());

    [Fact]
    public void Writer_identifies_itself_as_html()
    {
        var writer = new HtmlWriter();
        Assert.Equal("html", writer.Format);
        Assert.Equal("html", writer.Extension);
    }

    [Fact]
    public void Page_is_dutch_and_has_exactly_one_h1_with_the_markdown_title()
    {
        foreach (var (page, title) in new[] { (_plan, "Sociaal veiligheidsplan"), (_kaart, "Kwaliteitskaart veilig pedagogisch schoolklimaat") })
        {
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            var h1 = Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal(title, TestDocuments.Normalize(h1.TextContent));
            Assert.NotNull(h1.Closest("header"));
            Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_has_the_landmarks_and_a_working_skip_link()
    {
        foreach (var page in new[] { _plan, _kaart })
        {
            Assert.Single(page.QuerySelectorAll("body > header"));
            Assert.Single(page.QuerySelectorAll("nav[aria-label='Inhoudsopgave']"));
            var main = Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("body > footer"));

            var skip = page.QuerySelector("body > a.skiplink");
            Assert.NotNull(skip);
            Assert.Same(skip, page.Body!.FirstElementChild);
            Assert.Same(main, page.GetElementById(skip.GetAttribute("href")!.TrimStart('#')));
        }
    }

    [Fact]
    public void Header_and_footer_carry_the_document_info()
    {
        var header = TestDocuments.Normalize(_plan.QuerySelector("header")!.TextContent);
        Assert.Contains("OBS De Linde", header, StringComparison.Ordinal);
        Assert.Contains("Schooljaar 2025-2026", header, StringComparison.Ordinal);
        Assert.Contains("Vastgesteld door de MR op 15 september 2025", header, StringComparison.Ordinal);
        Assert.Contains("Vastgesteld door het bestuur op 1 oktober 2025", header, StringComparison.Ordinal);

        var footer = TestDocuments.Normalize(_plan.QuerySelector("footer")!.TextContent);
        Assert.Contains("Stichting Openbaar Onderwijs Voorbeeldstad", footer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan.md")]
    [InlineData("kaart.md")]
    public void Every_heading_and_paragraph_of_the_markdown_appears_in_order(string fixture)
    {
        var document = fixture == "plan.md" ? TestDocuments.Plan() : TestDocuments.Kaart();
        var page = TestDocuments.Parse(document);
        var text = TestDocuments.Normalize(page.QuerySelector("h1")!.TextContent + " " + page.QuerySelector("main")!.TextContent);

        var position = 0;
        var expected = MarkdownText.HeadingsAndParagraphs(document.Syntax).ToList();
        Assert.True(expected.Count > 5);
        foreach (var (kind, block) in expected)
        {
            var found = text.IndexOf(block, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{kind} not found in order: \"{block}\"");
            position = found + block.Length;
        }
    }

    [Fact]
    public void Headings_keep_their_level_below_the_title()
    {
        var main = _plan.QuerySelector("main")!;
        Assert.Equal(5, main.QuerySelectorAll("h2").Length);
        Assert.Equal(2, main.QuerySelectorAll("h3").Length);
        Assert.Equal("1. Visie en waarden", main.QuerySelectorAll("h2")[1].TextContent);
    }

    [Fact]
    public void Table_header_cells_have_column_scope()
    {
        var headerCells = _plan.QuerySelectorAll("main th");
        Assert.Equal(10, headerCells.Length);
        Assert.All(headerCells, th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(_plan.QuerySelectorAll("main table"), table => Assert.NotNull(table.QuerySelector("thead > tr > th")));
        Assert.Equal(11, _plan.QuerySelectorAll("main table")[1].QuerySelectorAll("tbody > tr").Length);
    }

    [Fact]
    public void Toc_lists_every_chapter_and_section_and_each_link_resolves()
    {
        foreach (var page in new[] { _plan, _kaart })
        {
            var links = page.QuerySelectorAll("nav.inhoudsopgave a");
            var headings = page.QuerySelectorAll("main h2, main h3");
            Assert.Equal(headings.Length, links.Length);
            for (var i = 0; i < links.Length; i++)
            {
                var href = links[i].GetAttribute("href")!;
                Assert.StartsWith("#", href, StringComparison.Ordinal);
                var target = page.GetElementById(href[1..]);
                Assert.Same(headings[i], target);
                Assert.Equal(TestDocuments.Normalize(target!.TextContent), TestDocuments.Normalize(links[i].TextContent));
            }
        }

        var nested = _plan.QuerySelectorAll("nav.inhoudsopgave > details > ul > li > ul > li > a");
        Assert.Equal(["1.1 Vaststelling", "3.1 Actieplan bij een incident"], nested.Select(a => a.TextContent));
    }

    [Fact]
    public void Toc_nests_subsections_below_their_section_as_the_pdf_and_docx_list_them()
    {
        var page = TestDocuments.Parse(RenderedDocument.Create(TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan), """
            # Plan

            ## 1. Hoofdstuk

            ### 1.1 Sectie

            #### 1.1.1 Subsectie

            ##### Te diep

            ## 2. Hoofdstuk
            """));

        var top = page.QuerySelectorAll("nav.inhoudsopgave > details > ul > li > a").Select(a => a.TextContent);
        Assert.Equal(["1. Hoofdstuk", "2. Hoofdstuk"], top);
        var third = page.QuerySelectorAll("nav.inhoudsopgave > details > ul > li > ul > li > ul > li > a").Select(a => a.TextContent);
        Assert.Equal(["1.1.1 Subsectie"], third);
        Assert.DoesNotContain(page.QuerySelectorAll("nav.inhoudsopgave a"), a => a.TextContent == "Te diep");
    }

    [Fact]
    public void Ids_are_unique()
    {
        foreach (var page in new[] { _plan, _kaart })
        {
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Kader_is_an_aside_and_quote_is_a_blockquote_and_lists_nest()
    {
        var aside = Assert.Single(_plan.QuerySelectorAll("main aside.kader"));
        Assert.Contains("Vertrouwensinspecteurs.", aside.QuerySelector("strong")!.TextContent, StringComparison.Ordinal);
        Assert.Single(_plan.QuerySelectorAll("main blockquote"));
        Assert.Equal(2, _plan.QuerySelectorAll("main ul > li > ul > li").Length);
        Assert.Equal(3, _plan.QuerySelectorAll("main ol > li").Length);
    }

    [Fact]
    public void Links_in_the_fixture_are_real_links()
    {
        var hrefs = _plan.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://www.delinde.example/schoolgids", hrefs);
        Assert.Contains("mailto:f.dewit@delinde.example", hrefs);
    }

    [Fact]
    public void Kaart_pages_are_grids_of_blocks_with_phase_classes()
    {
        var pages = _kaart.QuerySelectorAll("main > section.kaart-pagina");
        Assert.Equal(2, pages.Length);
        Assert.All(pages, page =>
        {
            var h2 = page.FirstElementChild!;
            Assert.Equal("H2", h2.TagName);
            Assert.Equal(h2.Id, page.GetAttribute("aria-labelledby"));
        });

        var blocks = _kaart.QuerySelectorAll("section.kaart-pagina > section.blok");
        var phases = blocks.Select(b => b.ClassList.Single(c => c.StartsWith("fase-", StringComparison.Ordinal))).ToList();
        Assert.Equal(
            ["fase-visie", "fase-plan", "fase-do", "fase-check", "fase-do", "fase-act", "fase-check", "fase-plan", "fase-do", "fase-act"],
            phases);
        Assert.All(blocks, block => Assert.Equal("H3", block.FirstElementChild!.TagName));
    }

    [Fact]
    public void Page_is_self_contained_with_inline_css_and_print_rules()
    {
        foreach (var (page, kind) in new[] { (_plan, DocumentKind.SociaalVeiligheidsplan), (_kaart, DocumentKind.Kwaliteitskaart) })
        {
            Assert.Empty(page.QuerySelectorAll("script, link, iframe, object, embed, base, form"));
            var css = Assert.Single(page.QuerySelectorAll("head > style")).TextContent;
            Assert.Contains("@media print", css, StringComparison.Ordinal);
            Assert.Contains(":focus-visible", css, StringComparison.Ordinal);
            Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
            Assert.Contains(kind == DocumentKind.Kwaliteitskaart ? "A4 landscape" : "main>h2{break-before:page}", css, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("meta[name='viewport']"));
        }

        Assert.Contains("doc-plan", _plan.Body!.ClassList);
        Assert.Contains("doc-kaart", _kaart.Body!.ClassList);
    }

    [Fact]
    public void Logo_is_embedded_as_a_data_uri_with_alt_text()
    {
        var page = TestDocuments.Parse(TestDocuments.Plan(TestDocuments.WriteTinyPng()));
        var img = Assert.Single(page.QuerySelectorAll("img"));
        Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("Logo OBS De Linde", img.GetAttribute("alt"));
        Assert.NotNull(img.Closest("header"));
    }

    [Fact]
    public void Missing_or_non_image_logo_is_left_out()
    {
        var notAnImage = Path.Combine(Path.GetTempPath(), "plangen-html-test-logo.svg");
        File.WriteAllText(notAnImage, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        foreach (var path in new[] { notAnImage, "/nonexistent/logo.png" })
        {
            Assert.Empty(TestDocuments.Parse(TestDocuments.Plan(path)).QuerySelectorAll("img"));
        }
    }
}
