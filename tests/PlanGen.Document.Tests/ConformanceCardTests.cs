using AngleSharp.Html.Parser;
using Markdig.Syntax;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Docx;
using PlanGen.Document.Nodes;
using PlanGen.Document.Style;
using PlanGen.Html;
using PlanGen.Pdf;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Document.Tests;

/// <summary>
/// The kwaliteitskaart as the CLI builds it: DOCX and HTML laid out from the PDF engine's card plan
/// (sides, columns, the cycle). The same blocks with the same phases as the tree in all three formats,
/// and every block of the cycle in its place (waarnemen, plannen, realiseren, evalueren, planning).
/// </summary>
public sealed partial class ConformanceTests
{
    public static TheoryData<string> Cards()
    {
        var data = new TheoryData<string>();
        foreach (var (name, document) in All().Where(d => d.Document.Info.Kind == DocumentKind.Kwaliteitskaart))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Planned_card_has_the_same_blocks_and_phases_in_docx_pdf_and_html(string name)
    {
        var document = All().Single(d => d.Name == name).Document;
        var planner = new PdfCardPlanner();
        var plan = planner.Plan(document);
        // The cycle is read in its own order (the ring, then beside it, then the outcome): compare as sets.
        var expected = Expected.Of(document).Blocks.Order().ToList();

        using var htmlBytes = Write(new HtmlWriter(planner), document);
        var html = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(htmlBytes.ToArray()));
        Assert.Equal(plan.Sides.Count, html.QuerySelectorAll("main .kaart-zijde").Length);
        Assert.Equal(expected, html.QuerySelectorAll("main section.blok").Select(b => (Phase(b.ClassList), Norm(b.QuerySelector("h3")?.TextContent ?? ""))).Order());

        using var docxBytes = Write(new DocxWriter(planner), document);
        using var docx = WordprocessingDocument.Open(docxBytes, false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().ToList();
        Assert.Equal(expected, paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Blokkop")
            .Select(p => (PhaseOfFill(document, p.Ancestors<W.TableCell>().First().TableCellProperties!.Shading!.Fill!.Value!), Norm(DocxText(p)))).Order());

        // Each phase of the cycle sits in its place in the HTML (the grid draws the ring from these).
        foreach (var block in document.Syntax.Descendants<PhaseBlock>().Where(b => b.Slot is CardSlot.Waarnemen or CardSlot.Plannen or CardSlot.Realiseren or CardSlot.Evalueren or CardSlot.Planning))
        {
            var place = html.QuerySelector($"main .plek-{CardSlots.Name(block.Slot!.Value)} section.blok h3");
            Assert.True(place is not null, $"{name}: no block in .plek-{CardSlots.Name(block.Slot!.Value)}");
            Assert.Equal(Norm(PlainText.Of(block.Heading!.Inline)), Norm(place!.TextContent));
        }
    }
}
