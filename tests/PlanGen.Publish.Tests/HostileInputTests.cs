using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Site;
using UglyToad.PdfPig;

namespace PlanGen.Publish.Tests;

/// <summary>
/// Hostile values through YAML into every format via the real build (both editions) and the
/// published site: every build succeeds; no HTML page holds anything executable; no DOCX or PDF
/// link points at javascript:, data: or vbscript:; no bidi override reaches an HTML page.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string[] BadSchemes = ["javascript:", "data:", "vbscript:", "file:"];
    private static readonly string[] ForbiddenElements = ["script", "svg", "iframe", "object", "embed", "form", "base", "math", "style:not(head style)"];

    private readonly Scratch scratch = new();

    public HostileInputTests()
    {
        scratch.Copy("templates");
        scratch.Copy("schools/stichting-rivierenland");
        foreach (var other in new[] { "obs-de-linde", "obs-het-klaverveld" })
        {
            Directory.Delete(Path.Combine(scratch.Root, "schools/stichting-rivierenland", other), recursive: true);
        }
        var school = Path.Combine(scratch.Root, "schools/stichting-rivierenland/obs-t-kompas/school.yaml");
        var yaml = File.ReadAllText(school)
            .Replace("naam: OBS 't Kompas", "naam: \"OBS <script>alert(0)</script> 't Kompas\u202E\"", StringComparison.Ordinal)
            .Replace("naam: Fleur de Boer", "naam: \"<img src=x onerror=alert(20)>Fleur\"", StringComparison.Ordinal);
        File.WriteAllText(school, yaml + HostileValues.Yaml);
    }

    [Fact]
    public void EveryFormatBuildsAndNothingExecutableSurvives()
    {
        foreach (var edition in new[] { PlanGen.Core.Editions.Edition.Intern, PlanGen.Core.Editions.Edition.Openbaar })
        {
            var output = Path.Combine(scratch.Root, "out-" + edition);
            var general = new DiagnosticBag();
            var results = new BuildService().Build(new BuildOptions { Root = scratch.Root, Writers = Scratch.Writers, OutputDirectory = output, Edition = edition }, general);
            Assert.False(general.HasErrors, string.Join("\n", general.Items));
            var result = Assert.Single(results);
            Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
            Assert.Equal(8, result.Written.Count);
            CheckFolder(output);
        }
        var site = Path.Combine(scratch.Root, "site");
        var published = PublishService.Publish(new PublishOptions { Root = scratch.Root, OutputDirectory = site, Writers = Scratch.Writers }, new DiagnosticBag());
        Assert.All(published.Schools, r => Assert.False(r.Failed));
        Assert.Single(published.Site.Schools);
        CheckFolder(site);
    }

    [Fact]
    public void TheHostileTextIsShownAsText()
    {
        var output = Path.Combine(scratch.Root, "out");
        new BuildService().Build(new BuildOptions { Root = scratch.Root, Writers = [new PlanGen.Html.HtmlWriter()], OutputDirectory = output }, new DiagnosticBag());
        var page = File.ReadAllText(Directory.EnumerateFiles(output, "sociaal-veiligheidsplan.html", SearchOption.AllDirectories).Single());
        var document = new HtmlParser().ParseDocument(page);
        Assert.Contains("alert(0)", document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(HostileValues.LongWord, document.Body!.TextContent, StringComparison.Ordinal);
    }

    private static void CheckFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        foreach (var file in files)
        {
            switch (Path.GetExtension(file))
            {
                case ".html": CheckHtml(file); break;
                case ".docx": CheckDocx(file); break;
                case ".pdf": CheckPdf(file); break;
            }
        }
    }

    private static void CheckHtml(string path)
    {
        var text = File.ReadAllText(path);
        Assert.DoesNotContain(text, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        var document = new HtmlParser().ParseDocument(text);
        foreach (var selector in ForbiddenElements)
        {
            Assert.True(document.QuerySelector(selector) is null, $"{selector} in {path}");
        }
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} in {path}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    var allowedLogo = element.LocalName == "img" && (value.StartsWith("data:image/png;", StringComparison.Ordinal) || value.StartsWith("data:image/jpeg;", StringComparison.Ordinal));
                    Assert.True(allowedLogo || !BadSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"{attribute.Name}=\"{attribute.Value}\" in {path}");
                }
            }
        }
    }

    private static void CheckDocx(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            foreach (var relationship in XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "Relationship"))
            {
                var target = relationship.Attribute("Target")?.Value.Trim() ?? "";
                Assert.False(BadSchemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"{target} in {entry.FullName} of {path}");
            }
        }
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            var fields = xml.Descendants().Where(e => e.Name.LocalName is "instrText" or "fldSimple")
                .Select(e => e.Name.LocalName == "instrText" ? e.Value : e.Attribute(e.Name.Namespace + "instr")?.Value ?? "");
            Assert.DoesNotContain(fields, f => f.Contains("HYPERLINK", StringComparison.OrdinalIgnoreCase) && BadSchemes.Any(s => f.Contains(s, StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static void CheckPdf(string path)
    {
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            foreach (var link in page.GetHyperlinks())
            {
                var uri = link.Uri?.Trim() ?? "";
                Assert.False(BadSchemes.Any(s => uri.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"{uri} in {path}");
            }
        }
    }

    public void Dispose() => scratch.Dispose();
}
