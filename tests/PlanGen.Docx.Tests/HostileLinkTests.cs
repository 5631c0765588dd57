using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>A link target no XML attribute can hold (a lone surrogate, found by the loader-writer fuzz test) is shown as text, not a crash.</summary>
public sealed class HostileLinkTests
{
    [Fact]
    public void A_link_with_a_lone_surrogate_becomes_plain_text()
    {
        using var docx = OpenDocx.Of(RenderedDocument.Create(
            TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "x", "Plan", logoPath: null),
            "# Plan\n\nZie [de site](https://school.example/a\uD800b) en [het beleid](https://school.example/beleid).\n"));

        var paragraph = docx.Paragraphs.Single(p => OpenDocx.TextOf(p).StartsWith("Zie ", StringComparison.Ordinal));
        Assert.Contains("de site", OpenDocx.TextOf(paragraph));
        var link = Assert.Single(paragraph.Descendants<Hyperlink>());
        Assert.Equal("het beleid", string.Concat(link.Descendants<Text>().Select(t => t.Text)));
        Assert.Equal("https://school.example/beleid", Assert.Single(docx.Main.HyperlinkRelationships).Uri.OriginalString);
    }
}
