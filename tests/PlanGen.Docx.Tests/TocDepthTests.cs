using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>The Word TOC lists ## to #### (Outline.ContentsDepth), as the PDF and HTML do: TOC 1-3 and \o "1-3".</summary>
public sealed class TocDepthTests
{
    private const string Markdown = """
        # Plan

        ## 1. Hoofdstuk

        ### 1.1 Sectie

        #### 1.1.1 Subsectie

        ##### Te diep

        Tekst.

        ## 2. Hoofdstuk
        """;

    [Fact]
    public void Subsections_get_a_toc_3_entry_and_deeper_headings_none()
    {
        var document = RenderedDocument.Create(
            TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", null), Markdown);
        using var docx = OpenDocx.Of(document);

        var entries = docx.Paragraphs.Where(p => p.Descendants<Hyperlink>().Any(h => h.Anchor is not null))
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, Title(p))).ToList();
        Assert.Equal([("TOC1", "1. Hoofdstuk"), ("TOC2", "1.1 Sectie"), ("TOC3", "1.1.1 Subsectie"), ("TOC1", "2. Hoofdstuk")], entries);
        Assert.Equal(794, int.Parse(docx.Style("TOC3")!.StyleParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture));

        // #### is Heading 3 (in the field's 1-3), ##### Heading 4 (outside it), so "update field" keeps the same list.
        Assert.Equal(["1.1.1 Subsectie"], docx.TextsWithStyle("Heading3"));
        Assert.Equal(["Te diep"], docx.TextsWithStyle("Heading4"));
        Assert.Equal(3, docx.Style("Heading4")!.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Contains(docx.Body.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("TOC \\o \"1-3\"", StringComparison.Ordinal));
    }

    private static string Title(Paragraph paragraph) => string.Concat(paragraph.Descendants<Hyperlink>().First().Descendants()
        .TakeWhile(e => e is not TabChar).OfType<Text>().Select(t => t.Text));
}
