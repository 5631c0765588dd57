using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Templating;
using PlanGen.Docx;
using PlanGen.Document.Nodes;
using PlanGen.Html;
using PlanGen.Pdf;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Document.Tests;

/// <summary>
/// Every writer reads the same tree, so the formats agree: for the shared fixtures, every example
/// school and the cases that used to differ (second #, ::: Kader, an unresolved anchor, a colour
/// without '#'), DOCX, PDF and HTML are read back (Open XML SDK, PdfPig, AngleSharp) and must show
/// the tree's headings, callouts, card blocks and phases, link targets and page texts.
/// </summary>
public sealed partial class ConformanceTests
{
    private const string Cases = """
        # Plan met valkuilen

        ## 1. Eerste hoofdstuk

        Zie [het tweede](#2-tweede) en [nergens](#bestaat-niet) en [de site](https://school.example/gids).

        ::: Kader
        Bel de vertrouwensinspecteur: 0900-1113111.
        :::

        # 2. Tweede

        ### 2.1 Sectie

        Tekst.

        #### 2.1.1 Subsectie

        Tekst.

        ##### Te diep voor de inhoudsopgave

        Tekst.
        """;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_pdf_and_html_show_the_same_document(string name)
    {
        var document = All().Single(d => d.Name == name).Document;
        var expected = Expected.Of(document);

        var html = new HtmlParser().ParseDocument(HtmlWriter.Render(document));
        Assert.Equal(expected.Headings, html.QuerySelectorAll("main h2, main h3, main h4, main h5, main h6").Select(h => (h.LocalName[1] - '0', Norm(h.TextContent))));
        Assert.Equal(expected.Callouts, html.QuerySelectorAll("main aside.kader").Length);
        Assert.Equal(expected.Blocks, html.QuerySelectorAll("main section.blok").Select(b => (Phase(b.ClassList), Norm(b.QuerySelector("h3")?.TextContent ?? ""))));
        Assert.Equal(expected.Links, html.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Order());
        var header = Norm(html.QuerySelector("header")!.TextContent);
        var footer = Norm(html.QuerySelector("footer")!.TextContent);
        Assert.Contains(document.Texts.HeaderLeft, header, StringComparison.Ordinal);
        Assert.All([document.Texts.FooterLeft, document.Texts.HeaderRight, .. document.Texts.Marks], t => Assert.Contains(t, footer, StringComparison.Ordinal));
        Assert.Equal(document.Texts.Subject, html.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        // The table of contents: the one Outline decides its levels (## to ####), HTML nests them.
        Assert.Equal(expected.Contents, html.QuerySelectorAll("nav.inhoudsopgave a").Select(a => (ListDepth(a) + 1, Norm(a.TextContent))));

        using var docxBytes = Write(new DocxWriter(), document);
        using var docx = WordprocessingDocument.Open(docxBytes, false);
        var body = docx.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<W.Paragraph>().ToList();
        // A PDCA block's ### is the block's title (style Blokkop), compared with the blocks below.
        // Word's Heading 1-3 are ## to ####, Heading 4 every deeper level (below the TOC's depth).
        Assert.Equal(expected.HeadingsOutsideBlocks.Select(h => (Math.Min(h.Level, 5), h.Text)), paragraphs
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", Text: Norm(DocxText(p))))
            .Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (p.Style[^1] - '0' + 1, p.Text)));
        Assert.Equal(expected.Callouts, body.Descendants<W.Table>().Count(t => t.Elements<W.TableRow>().Count() == 1 && t.Descendants<W.Paragraph>().Any(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Kadertekst")));
        Assert.Equal(expected.Blocks, paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Blokkop")
            .Select(p => (PhaseOfFill(document, p.Ancestors<W.TableCell>().First().TableCellProperties!.Shading!.Fill!.Value!), Norm(DocxText(p)))));
        var main = docx.MainDocumentPart;
        var relationships = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        var bookmarks = body.Descendants<W.BookmarkStart>().ToDictionary(b => b.Name!.Value!, b => document.Outline.Entries.Single(e => $"_Toc{e.Number:D8}" == b.Name!.Value).Anchor);
        var docxLinks = body.Descendants<W.Hyperlink>()
            .Where(h => !(h.Ancestors<W.Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "").StartsWith("TOC", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Id?.Value is { } id ? relationships[id] : "#" + bookmarks[h.Anchor!.Value!]);
        Assert.Equal(string.Join("\n", expected.Links), string.Join("\n", docxLinks.Order()));
        var headerText = Norm(string.Concat(main.HeaderParts.Select(h => h.Header!.InnerText + " ")));
        var footerText = Norm(string.Concat(main.FooterParts.Select(f => f.Footer!.InnerText + " ")));
        Assert.Contains(document.Texts.HeaderLeft, headerText, StringComparison.Ordinal);
        Assert.Contains(document.Texts.HeaderRight, headerText, StringComparison.Ordinal);
        Assert.All([document.Texts.FooterLeft, .. document.Texts.Marks], t => Assert.Contains(t, footerText, StringComparison.Ordinal));
        Assert.Equal(document.Texts.Subject, docx.PackageProperties.Subject);
        if (document.Info.Kind == DocumentKind.SociaalVeiligheidsplan)
        {
            var docxToc = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2" or "TOC3" && p.Descendants<W.Hyperlink>().Any())
                .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value![^1] - '0' + 1, Norm(DocxText(p.Descendants<W.Hyperlink>().First(), untilTab: true))));
            Assert.Equal(expected.Contents, docxToc);
        }

        using var pdfBytes = Write(new PdfWriter(), document);
        using var pdf = PdfDocument.Open(pdfBytes);
        var outline = pdf.TryGetBookmarks(out var marks) ? marks.GetNodes().Select(n => (n.Level + 2, Norm(n.Title))).ToList() : [];
        var pageTexts = pdf.GetPages().Select(p => Norm(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        var all = string.Join(" ", pageTexts);
        if (document.Info.Kind == DocumentKind.SociaalVeiligheidsplan)
        {
            // The plan's outline (bookmarks) lists its chapters, sections and #### subsections: every heading
            // below the title down to level 4, as the DOCX navigation pane shows them.
            Assert.Equal(expected.Contents, outline);

            // The printed table of contents (the pages before the first chapter) lists the same entries in order.
            var firstChapterPage = marks!.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Min(n => n.PageNumber);
            var tocText = Letters(string.Concat(pdf.GetPages().Take(firstChapterPage - 1).SelectMany(p => p.Letters).Select(l => l.Value)));
            var from = tocText.IndexOf("Inhoudsopgave", StringComparison.Ordinal);
            Assert.True(from >= 0, "no Inhoudsopgave before the first chapter");
            foreach (var (_, text) in expected.Contents)
            {
                var at = tocText.IndexOf(Letters(text), from, StringComparison.Ordinal);
                Assert.True(at >= 0, $"TOC entry '{text}' is missing or out of order in the PDF's table of contents");
                from = at;
            }
        }
        else
        {
            // A one- or two-page card has no outline; its headings are on the pages, in the order the
            // card draws them (letters in content order: the packed columns confuse word order by position).
            var drawn = Spaces().Replace(string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)), "");
            Assert.All(expected.Headings, h => Assert.Contains(Spaces().Replace(h.Text, ""), drawn, StringComparison.Ordinal));
            Assert.All(expected.Blocks, b => Assert.Contains(Spaces().Replace(b.Heading, ""), drawn, StringComparison.Ordinal));
            var position = 0;
            foreach (var (_, heading) in expected.Blocks)
            {
                // The blocks in the tree's order, as HTML and DOCX have them.
                var at = drawn.IndexOf(Spaces().Replace(heading, ""), position, StringComparison.Ordinal);
                Assert.True(at >= 0, $"block '{heading}' is missing or out of order in the PDF");
                position = at;
            }
        }

        if (document.Info.Kind == DocumentKind.SociaalVeiligheidsplan)
        {
            Assert.All(expected.Blocks, b => Assert.Contains(b.Heading, all, StringComparison.Ordinal));
        }

        Assert.All(expected.CalloutTexts, t => Assert.Contains(t, all, StringComparison.Ordinal));
        var pdfLinks = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action is UglyToad.PdfPig.Actions.UriAction uri ? uri.Uri : null).OfType<string>();
        // A link that wraps gets one annotation per line: compare the targets.
        Assert.Equal(expected.Links.Where(l => !l.StartsWith('#')).Distinct(), pdfLinks.Distinct().Order());
        var furniture = pageTexts[document.Info.Kind == DocumentKind.Kwaliteitskaart ? 0 : ^1];
        Assert.All([document.Texts.FooterLeft, .. document.Texts.Marks], t => Assert.Contains(Norm(t), furniture, StringComparison.Ordinal));
        if (document.Info.Kind == DocumentKind.SociaalVeiligheidsplan)
        {
            Assert.Contains(Norm(document.Texts.HeaderLeft), furniture, StringComparison.Ordinal);
            Assert.Contains(Norm(document.Texts.HeaderRight), furniture, StringComparison.Ordinal);
        }

        Assert.Equal(document.Texts.Subject, pdf.Information.Subject);
    }

    [Fact]
    public void The_cases_that_used_to_differ_are_decided_once()
    {
        var document = All().Single(d => d.Name == "valkuilen").Document;
        // Second '#': a chapter in every writer (was dropped by the PDF, h2 in HTML, Heading 1 in DOCX).
        Assert.Contains((2, "2. Tweede"), document.Outline.Entries.Select(e => (e.Level, e.Text)));
        // '::: Kader': a callout in every writer (was plain text in the PDF).
        Assert.Single(document.Syntax.Descendants<CalloutBlock>());
        // An unresolved anchor is text in every writer (was a dead link in PDF and HTML).
        Assert.DoesNotContain("#bestaat-niet", Expected.Of(document).Links);
        Assert.Contains(document.Diagnostics, d => d.Code == DocumentCodes.UnresolvedAnchor);
        // A colour without '#' is the same colour everywhere (was the default in PDF and HTML).
        Assert.Contains("--accent:#1565C0;", HtmlWriter.Render(document), StringComparison.Ordinal);
        using var docxBytes = Write(new DocxWriter(), document);
        using var docx = WordprocessingDocument.Open(docxBytes, false);
        Assert.Contains("1565C0", docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.Ordinal);
        using var pdfBytes = Write(new PdfWriter(), document);
        using var pdf = PdfDocument.Open(pdfBytes);
        var chapter = pdf.GetPages().SelectMany(p => p.Letters).First(l => l.Value == "E" && l.PointSize > 15);
        var (r, g, b) = chapter.Color.ToRGBValues();
        Assert.Equal((0x15, 0x65, 0xC0), ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255)));
    }

    private static IEnumerable<(string Name, RenderedDocument Document)> All()
    {
        var root = Repository.Root;
        var info = Infos.Plan() with { AccentColor = "1565C0" };
        yield return ("valkuilen", RenderedDocument.Create(info, Cases));
        yield return ("fixture-plan", RenderedDocument.Create(Infos.Plan(), File.ReadAllText(Path.Combine(root, "tests/fixtures/markdown/plan.md"))));
        yield return ("fixture-kaart", RenderedDocument.Create(Infos.Plan() with { Kind = DocumentKind.Kwaliteitskaart, Title = "Kwaliteitskaart" }, File.ReadAllText(Path.Combine(root, "tests/fixtures/markdown/kaart.md"))));
        foreach (var school in ExampleSchools.Value)
        {
            yield return school;
        }
    }

    private static readonly Lazy<List<(string, RenderedDocument)>> ExampleSchools = new(() =>
    {
        var root = Repository.Root;
        var result = new List<(string, RenderedDocument)>();
        var loader = new SchoolLoader(root);
        var renderer = new DocumentRenderer(root, new TemplateRenderer());
        foreach (var directory in Directory.GetDirectories(Path.Combine(root, "schools")).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal))
        {
            var school = SchoolChecker.CheckOne(loader, directory).Project!;
            foreach (var plan in school.Years)
            {
                foreach (var document in renderer.Render(school, plan, new DiagnosticBag())!)
                {
                    result.Add(($"{school.Id} {plan.Schooljaar} {document.Info.FileName}", document));
                }
            }
        }

        return result;
    });

    private static MemoryStream Write(IDocumentWriter writer, RenderedDocument document)
    {
        var stream = new MemoryStream();
        writer.Write(document, stream);
        stream.Position = 0;
        return stream;
    }

    private static string Phase(IEnumerable<string> classes) =>
        classes.FirstOrDefault(c => c.StartsWith("fase-", StringComparison.Ordinal))?["fase-".Length..] ?? "";

    private static string PhaseOfFill(RenderedDocument document, string fill) =>
        Style.Phases.All.Where(p => document.Style.Phase(p).Strong.Hex == fill).Select(Style.Phases.Name).FirstOrDefault() ?? "";

    /// <summary>A Word paragraph's text as shown: a w:noBreakHyphen is a hyphen (up to the first tab: a TOC entry's title).</summary>
    private static string DocxText(DocumentFormat.OpenXml.OpenXmlElement paragraph, bool untilTab = false) => string.Concat(paragraph.Descendants()
        .TakeWhile(e => !untilTab || e is not W.TabChar)
        .Select(e => e switch { W.Text t => t.Text, W.NoBreakHyphen => "-", _ => "" }));

    /// <summary>How many list items an HTML TOC link sits in (1 for a chapter).</summary>
    private static int ListDepth(AngleSharp.Dom.IElement link)
    {
        var depth = 0;
        for (var e = link.ParentElement; e is not null; e = e.ParentElement)
        {
            depth += e.LocalName == "li" ? 1 : 0;
        }

        return depth;
    }

    /// <summary>Text without spaces and hyphens: a wrapped or hyphenated TOC line still matches its entry.</summary>
    private static string Letters(string text) => new(Norm(text).Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u00AD' or '\u2010' or '\u2011')).ToArray());

    private static string Norm(string text) => Spaces().Replace(PlanGen.Document.Typography.DutchTypography.Plain(text), " ").Trim(); // no-break characters read as what they show (docs/typografie.md)

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>What the tree says every writer must show.</summary>
    private sealed record Expected(List<(int Level, string Text)> Headings, List<(int Level, string Text)> HeadingsOutsideBlocks, int Callouts, List<string> CalloutTexts, List<(string Phase, string Heading)> Blocks, List<string> Links)
    {
        /// <summary>What every table of contents (and the PDF bookmarks) lists: the Outline's contents, ## to ####.</summary>
        public List<(int Level, string Text)> Contents { get; init; } = [];

        public static Expected Of(RenderedDocument document) => new(
            document.Outline.Entries.Select(e => (e.Level, Norm(e.Text))).ToList(),
            document.Outline.Entries.Where(e => e.Heading.Parent is not PhaseBlock).Select(e => (e.Level, Norm(e.Text))).ToList(),
            document.Syntax.Descendants<CalloutBlock>().Count(),
            document.Syntax.Descendants<CalloutBlock>().SelectMany(c => c.Descendants<ParagraphBlock>()).Select(p => Norm(PlainText.Of(p))).Where(t => t.Length < 40).ToList(),
            document.Syntax.Descendants<PhaseBlock>().Select(b => (b.Phase is { } p ? Style.Phases.Name(p) : "", Norm(b.Heading is { } h ? PlainText.Of(h.Inline) : ""))).ToList(),
            document.Syntax.Descendants<LinkInline>().Where(l => !l.IsImage && LinkPolicy.IsAllowed(l.Url)).Select(l => l.Url!)
                .Concat(document.Syntax.Descendants<AutolinkInline>().Select(a => a.IsEmail ? "mailto:" + a.Url : a.Url).Where(LinkPolicy.IsAllowed))
                .Order().ToList())
        {
            Contents = document.Outline.Contents.Select(e => (e.Level, Norm(e.Text))).ToList(),
        };
    }
}

/// <summary>The repository root, found from the test's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "PlanGen.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("PlanGen.sln not found");
        }

        return directory;
    }
}
