using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Tests;
using UglyToad.PdfPig;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The kwaliteitskaart of every example school in the three page formats: the DOCX rendered through
/// LibreOffice and the HTML printed by Chromium have as many pages as the PDF card has sides, and
/// every side carries the banner (logo, status), the legend and, on the plan &amp; dialoog side, the cycle.
/// One build of all example schools, shared by the tests.
/// </summary>
public sealed class CardFormatsTests : IClassFixture<CardFormatsTests.Cards>
{
    private readonly Cards cards;

    public CardFormatsTests(Cards cards) => this.cards = cards;

    internal static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    [SkippableFact]
    public void Docx_card_through_libreoffice_has_as_many_pages_as_the_pdf_card_has_sides()
    {
        Skip.IfNot(Has("soffice"), "LibreOffice (soffice) is niet geïnstalleerd (apt-get install libreoffice-writer-nogui; .ci/run doet dat)");
        var converted = Path.Combine(cards.Root, "lo");
        Directory.CreateDirectory(converted);
        // One LibreOffice run for all cards, each under a unique name, with its own profile.
        var inputs = cards.Pdfs.Select(pdf =>
        {
            var copy = Path.Combine(converted, Key(pdf) + ".docx");
            File.Copy(Path.ChangeExtension(pdf, ".docx"), copy, overwrite: true);
            return copy;
        }).ToList();
        Run("soffice", [$"-env:UserInstallation=file://{Path.Combine(cards.Root, "lo-profile")}", "--headless", "--convert-to", "pdf", "--outdir", converted, .. inputs]);

        var counts = cards.Pdfs.Select(pdf => (Key(pdf), Pages(pdf), Pages(Path.Combine(converted, Key(pdf) + ".pdf")))).ToList();
        Assert.All(counts, c => Assert.True(c.Item2 == c.Item3, $"{c.Item1}: PDF {c.Item2} zijde(n), DOCX via LibreOffice {c.Item3} pagina's"));
        // Both one-sided and two-sided cards are among the example schools.
        Assert.Contains(counts, c => c.Item2 == 1);
        Assert.Contains(counts, c => c.Item2 == 2);
    }

    [SkippableFact]
    public void Html_card_printed_by_chromium_has_as_many_pages_as_the_pdf_card_has_sides()
    {
        Skip.IfNot(Has("chromium"), "chromium is niet geïnstalleerd (apt-get install chromium; .ci/run doet dat)");
        var printed = Path.Combine(cards.Root, "chromium");
        Directory.CreateDirectory(printed);
        foreach (var pdf in cards.Pdfs)
        {
            var target = Path.Combine(printed, Key(pdf) + ".pdf");
            Run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                $"--user-data-dir={Path.Combine(cards.Root, "chromium-profile")}", $"--print-to-pdf={target}", new Uri(Path.ChangeExtension(pdf, ".html")).AbsoluteUri]);
            var sides = Pages(pdf);
            var pages = Pages(target);
            Assert.True(sides == pages, $"{Key(pdf)}: PDF {sides} zijde(n), HTML afgedrukt door Chromium {pages} pagina's");
        }
    }

    [Fact]
    public void Html_card_has_banner_status_legend_on_every_side_and_the_cycle_as_svg_with_a_text_alternative()
    {
        foreach (var pdf in cards.Pdfs)
        {
            var sides = Pages(pdf);
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.ChangeExtension(pdf, ".html")));
            var zijden = html.QuerySelectorAll("main .kaart-zijde");
            Assert.True(zijden.Length == sides, $"{Key(pdf)}: {zijden.Length} HTML sides for {sides} PDF sides");
            foreach (var side in zijden)
            {
                var banner = side.QuerySelector(".kaart-kop")!;
                Assert.NotNull(banner.QuerySelector("img.logo"));
                Assert.Contains("versie", banner.TextContent, StringComparison.Ordinal);
                Assert.Contains("Plan: doelen en planning", side.QuerySelector(".kaart-legenda")!.TextContent, StringComparison.Ordinal);
            }

            var figure = html.QuerySelector("main .cyclus svg[role=img]")!;
            Assert.StartsWith("Cyclus van plan en dialoog: ", figure.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Equal(figure.GetAttribute("aria-label"), figure.QuerySelector("title")!.TextContent);
            Assert.Equal(4, html.QuerySelectorAll("main .ring .pijl").Length);
        }
    }

    [Fact]
    public void Docx_card_has_banner_logo_status_and_legend_on_every_side_and_the_cycle()
    {
        foreach (var pdf in cards.Pdfs)
        {
            var sides = Pages(pdf);
            using var word = WordprocessingDocument.Open(Path.ChangeExtension(pdf, ".docx"), isEditable: false);
            var body = word.MainDocumentPart!.Document!.Body!;
            var paragraphs = body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
            var titles = body.Descendants<ParagraphStyleId>().Count(s => s.Val?.Value == "Title");
            Assert.True(titles == sides, $"{Key(pdf)}: {titles} banners for {sides} sides");
            Assert.Equal(sides, body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().Count());
            Assert.Equal(sides, paragraphs.Count(p => p.StartsWith("Kleuren: ", StringComparison.Ordinal) && p.Contains("Plan: doelen en planning", StringComparison.Ordinal)));
            Assert.Equal(sides, paragraphs.Count(p => p.Contains("schooljaar 20", StringComparison.Ordinal) && p.Contains("versie", StringComparison.Ordinal)));
            var hasPartners = File.ReadAllText(Path.ChangeExtension(pdf, ".md")).Contains("::: partners", StringComparison.Ordinal);
            Assert.Equal(hasPartners ? 1 : 0, paragraphs.Count(p => p.Contains("In samenwerking met: ", StringComparison.Ordinal)));
            // The cycle: its four arrows around "PDCA-cyclus", the outcome's arrow below.
            foreach (var arrow in new[] { "\u2192", "\u2193", "\u2190", "\u2191", "PDCA-cyclus" })
            {
                Assert.Contains(arrow, paragraphs);
            }

            // Blocks are as tall as their text: no row of the card has a fixed height to stretch a block.
            Assert.Empty(body.Descendants<TableRowHeight>());
        }
    }

    internal static string Key(string pdf)
    {
        var year = Path.GetDirectoryName(pdf)!;
        return $"{Path.GetFileName(Path.GetDirectoryName(year))}_{Path.GetFileName(year)}";
    }

    internal static int Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    internal static void Run(string tool, IEnumerable<string> arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish");
        }

        _ = output.Result + error.Result;
    }

    /// <summary>Every example school built once, in all formats (internal edition).</summary>
    public sealed class Cards : IDisposable
    {
        private readonly TestRepository repo = new();

        public Cards()
        {
            repo.CopyFromSource("schools");
            repo.CopyFromSource("templates");
            var build = Plangen.Run(repo.Root, "build", "--format", "all", "--stil");
            Assert.True(build.ExitCode == 0, build.Out + build.Error);
            Pdfs = Directory.EnumerateFiles(Path.Combine(repo.Root, "output"), "kwaliteitskaart.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(Pdfs);
        }

        public string Root => repo.Root;

        public IReadOnlyList<string> Pdfs { get; }

        public void Dispose() => repo.Dispose();
    }
}
