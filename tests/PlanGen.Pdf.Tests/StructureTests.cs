using System.Text;
using CsCheck;
using PlanGen.Core.Output;
using PlanGen.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Tagged PDF (PDF/UA-1): for the example schools' documents, the fixtures and random documents,
/// every piece of text is either an Artifact or marked content owned by an element reachable from
/// the StructTreeRoot, with the ParentTree agreeing; headings never skip a level; every Link element
/// holds its annotation; the XMP names PDF/UA-1 and PDF/A-2a.
/// </summary>
public sealed class StructureTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleDocumentsAreFullyTagged(string name)
    {
        var kind = name.Contains("kwaliteitskaart", StringComparison.Ordinal) ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan;
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", name));
        var roles = AssertTagged(Fixtures.Write(RenderedDocument.Create(Fixtures.Info(kind), markdown)));
        Assert.Contains("H1", roles);
        Assert.Contains("H2", roles);
        Assert.Contains("P", roles);
        if (kind == DocumentKind.SociaalVeiligheidsplan)
        {
            Assert.Contains("TOC", roles);
            Assert.Contains("Sect", roles);
        }
    }

    [Fact]
    public void FixturesAreFullyTaggedWithTablesListsAndLinks()
    {
        var roles = AssertTagged(Fixtures.Write(Fixtures.PlanDocument()));
        foreach (var role in new[] { "Document", "Sect", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD", "TOC", "TOCI", "Link" })
        {
            Assert.Contains(role, roles);
        }

        AssertTagged(Fixtures.Write(Fixtures.KaartDocument()));
    }

    [Fact]
    public void LogoIsAFigureWithItsAlternativeText()
    {
        var logo = Path.Combine(Path.GetTempPath(), $"plangen-logo-{Guid.NewGuid():N}.png");
        try
        {
            File.WriteAllBytes(logo, TestImages.Png(40, 20, 0x1B, 0x5E, 0x20, alpha: 200));
            var document = RenderedDocument.Create(Fixtures.Info(logo: logo) with { LogoAltText = "Logo van de stichting" }, Fixtures.Plan);
            using var pdf = PdfDocument.Open(Fixtures.Write(document));
            var tagged = new TaggedPdf(pdf);
            Assert.Equal(["Logo van de stichting"], tagged.FigureAlts);
            var image = Assert.Single(pdf.GetPage(1).GetImages());
            Assert.Equal(40, image.WidthInSamples);
        }
        finally
        {
            File.Delete(logo);
        }
    }

    [Fact]
    public void RandomDocumentsAreFullyTagged() =>
        RandomDocumentTests.Documents.Sample(markdown =>
        {
            AssertTagged(Fixtures.Write(RenderedDocument.Create(Fixtures.Info(), markdown)));
        }, iter: 12);

    [Fact]
    public void ParagraphSplitOverTwoPagesIsOneElement()
    {
        var words = string.Join(' ', Enumerable.Range(0, 900).Select(i => $"woord{i}"));
        using var pdf = PdfDocument.Open(Fixtures.Write(RenderedDocument.Create(Fixtures.Info(), $"# Titel\n\n## Hoofdstuk\n\n{words}\n")));
        var tagged = new TaggedPdf(pdf);
        // One long paragraph spans several pages: still one P, owning marked content on each of them.
        var spread = tagged.OwnedPages().Where(e => tagged.Role(e.Key) == "P").Max(e => e.Value.Count);
        Assert.True(spread >= 2, $"the long paragraph's P owns content on {spread} page(s)");
    }

    /// <summary>Checks the tagging rules; returns the structure types in document order.</summary>
    private static List<string> AssertTagged(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var tagged = new TaggedPdf(pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var markInfo = tagged.Dict(catalog.Data["MarkInfo"]);
        Assert.True(((BooleanToken)markInfo.Data["Marked"]).Data);
        Assert.Equal("nl-NL", ((StringToken)tagged.Resolve(catalog.Data["Lang"])).Data);
        Assert.True(((BooleanToken)tagged.Dict(catalog.Data["ViewerPreferences"]).Data["DisplayDocTitle"]).Data);

        var texts = 0;
        var parents = new Dictionary<int, ArrayToken>();
        foreach (var (page, marks) in tagged.TextOperators())
        {
            texts++;
            Assert.True(marks.Count > 0, $"text outside marked content on page {page + 1}");
            if (marks.Any(m => m.Tag == "Artifact"))
            {
                continue;
            }

            var mcid = marks.First(m => m.Mcid is not null).Mcid!.Value;
            var owner = tagged.Owner(page, mcid);
            Assert.True(owner is not null, $"MCID {mcid} on page {page + 1} belongs to no element of the structure tree");
            if (!parents.TryGetValue(page, out var entry))
            {
                parents[page] = entry = (ArrayToken)tagged.Resolve(tagged.ParentTree(tagged.PageKeys(page).StructParents));
            }

            Assert.Equal(owner, TaggedPdf.Number(entry[mcid]));
        }

        Assert.True(texts > 0);
        for (var p = 0; p < pdf.NumberOfPages; p++)
        {
            foreach (var link in tagged.PageKeys(p).Links)
            {
                Assert.Equal("Link", tagged.Role(TaggedPdf.Number(tagged.ParentTree(link))));
            }
        }

        Assert.All(tagged.LinkObjectReferences, n => Assert.True(n >= 1, "a Link element without its annotation (OBJR)"));
        var levels = tagged.Roles.Where(r => r.Length == 2 && r[0] == 'H' && char.IsDigit(r[1])).Select(r => r[1] - '0').ToList();
        Assert.NotEmpty(levels);
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading level skips from H{levels[i - 1]} to H{levels[i]}");
        }

        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var text = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", text);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", text);
        return tagged.Roles;
    }
}
