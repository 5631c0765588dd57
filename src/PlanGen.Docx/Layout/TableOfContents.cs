using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// "Inhoudsopgave" with a real TOC field over heading levels 1-2. The field's cached result is
/// filled with the entries (linked to the heading bookmarks, page numbers as PAGEREF fields with an
/// estimated page), so the list is readable before Word updates it; Word is asked to update fields
/// on opening.
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = "TOC \\o \"1-2\" \\h \\z \\u";
    private const string Placeholder = "Werk de inhoudsopgave bij: klik er met rechts op en kies 'Veld bijwerken'.";

    public static void Write(DocxRenderer renderer, IReadOnlyDictionary<HeadingBlock, int> estimatedPages)
    {
        var heading = Paragraphs.Styled(StyleIds.TocHeading);
        heading.PageBreakBefore = new PageBreakBefore();
        renderer.AppendBlock(new Paragraph(heading, Fields.Text("Inhoudsopgave")));

        var entries = renderer.Context.Outline.Contents.ToList();
        var paragraphs = entries.Select(e => Entry(e, estimatedPages.GetValueOrDefault(e.Heading, 1))).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(new Paragraph(Paragraphs.Styled(StyleIds.Toc1), Fields.Text(Placeholder)));
        }

        // The field opens in the first entry and closes in a paragraph of its own after the last.
        var first = paragraphs[0];
        first.InsertAfter(Fields.Separate(), first.ParagraphProperties);
        first.InsertAfter(Fields.Instruction(Instruction), first.ParagraphProperties);
        first.InsertAfter(Fields.Begin(), first.ParagraphProperties);
        foreach (var paragraph in paragraphs)
        {
            renderer.AppendBlock(paragraph);
        }

        renderer.AppendBlock(new Paragraph(Paragraphs.Styled(StyleIds.Normal), Fields.End()));
    }

    private static Paragraph Entry(OutlineEntry entry, int page)
    {
        var link = new Hyperlink { Anchor = Bookmarks.Name(entry), History = true };
        link.Append(Fields.Text(XmlText.Clean(entry.Text)), new Run(new TabChar()));
        link.Append(Fields.Simple($"PAGEREF {Bookmarks.Name(entry)} \\h", page.ToString(CultureInfo.InvariantCulture)));
        return new Paragraph(Paragraphs.Styled(entry.Level == 2 ? StyleIds.Toc1 : StyleIds.Toc2), link);
    }
}
