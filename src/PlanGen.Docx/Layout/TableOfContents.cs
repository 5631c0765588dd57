using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// "Inhoudsopgave" with a real TOC field over Word's heading levels 1-3 (Markdown ## to ####, as
/// <see cref="PlanGen.Document.Outline.ContentsDepth"/> decides for every writer). The field's cached result is
/// filled with the entries (linked to the heading bookmarks, page numbers as PAGEREF fields), so the
/// list is complete without updating fields: <see cref="FillPages"/> writes the page each heading gets
/// when the finished body is laid out (<see cref="Pagination.PageFlow"/>). It stays a real field that
/// Word and LibreOffice can update.
/// </summary>
internal static class TableOfContents
{
    // Word's Heading 1 is Markdown's ##: the field's outline levels are one less.
    public static readonly string Instruction = $"TOC \\o \"1-{PlanGen.Document.Outline.ContentsDepth - 1}\" \\h \\z \\u";
    private const string Placeholder = "Werk de inhoudsopgave bij: klik er met rechts op en kies 'Veld bijwerken'.";

    public static void Write(DocxRenderer renderer)
    {
        var heading = Paragraphs.Styled(StyleIds.TocHeading);
        heading.PageBreakBefore = new PageBreakBefore();
        renderer.AppendBlock(new Paragraph(heading, Fields.Text("Inhoudsopgave")));

        var entries = renderer.Context.Outline.Contents.ToList();
        var paragraphs = entries.Select(e => Entry(e, page: 1)).ToList();
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

    /// <summary>Sets each PAGEREF's cached result to the page its bookmark lands on.</summary>
    public static void FillPages(Body body, IReadOnlyDictionary<string, int> pages)
    {
        foreach (var code in body.Descendants<FieldCode>().ToList())
        {
            var parts = code.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0] != "PAGEREF" || !pages.TryGetValue(parts[1], out var page))
            {
                continue;
            }

            // begin, instruction, separate, result, end: the result is the second run after the instruction.
            var result = code.Parent?.NextSibling()?.NextSibling()?.GetFirstChild<Text>();
            if (result is not null)
            {
                result.Text = page.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static Paragraph Entry(OutlineEntry entry, int page)
    {
        var link = new Hyperlink { Anchor = Bookmarks.Name(entry), History = true };
        link.Append(Fields.Text(XmlText.Clean(entry.Text)), new Run(new TabChar()));
        link.Append(Fields.Simple($"PAGEREF {Bookmarks.Name(entry)} \\h", page.ToString(CultureInfo.InvariantCulture)));
        return new Paragraph(Paragraphs.Styled(StyleIds.ForTocLevel(entry.Level)), link);
    }
}
