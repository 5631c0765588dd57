using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// A paragraph in the style of where it stands: Normal, Quote, table or card text, or a list item
/// (the item's first paragraph carries the bullet, later ones are indented under it).
/// </summary>
internal sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock paragraph)
    {
        var properties = renderer.List is { } list ? ListItem(list) : Paragraphs.Styled(renderer.ParagraphStyle);
        if (renderer.TakePendingPageBreak())
        {
            properties.PageBreakBefore = new PageBreakBefore();
        }

        // A lead-in ("Wij hebben deze afspraken gemaakt:") stays on the page of what it introduces.
        if (PlainText.Of(paragraph).EndsWith(':'))
        {
            properties.KeepNext = new KeepNext();
        }

        // The bullet takes its size from the paragraph mark; keep it in step with smaller card text.
        if (renderer.Format.HalfPoints is { } size)
        {
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                new FontSize { Val = $"{size}" }, new FontSizeComplexScript { Val = $"{size}" });
        }

        renderer.WriteParagraph(paragraph, properties);
    }

    private static ParagraphProperties ListItem(ListScope list)
    {
        if (list.ItemStarted)
        {
            var continuation = Paragraphs.Styled(StyleIds.ListContinue);
            continuation.Indentation = new Indentation { Left = $"{ListNumbering.ItemIndent(list.Level)}" };
            return continuation;
        }

        list.ItemStarted = true;
        var properties = Paragraphs.Styled(list.StyleId);
        properties.NumberingProperties = new NumberingProperties(
            new NumberingLevelReference { Val = list.Level },
            new NumberingId { Val = list.NumberingId });
        return properties;
    }
}
