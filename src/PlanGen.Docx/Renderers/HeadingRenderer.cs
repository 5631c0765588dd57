using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// "## 1. Visie" becomes Heading 1 and so on. The text already carries its number from the
/// template, so no Word list numbering is added; the outline level comes from the style. Each
/// heading is wrapped in a bookmark so the TOC can link to it and show its page.
/// </summary>
internal sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock heading)
    {
        var properties = Paragraphs.Styled(StyleIds.ForHeadingLevel(heading.Level));
        if (renderer.TakePendingPageBreak())
        {
            properties.PageBreakBefore = new PageBreakBefore();
        }

        var paragraph = renderer.BeginParagraph(properties);
        var entry = renderer.Context.Outline.For(heading);
        var id = entry?.Number.ToString(CultureInfo.InvariantCulture);
        if (entry is not null)
        {
            paragraph.AppendChild(new BookmarkStart { Name = Bookmarks.Name(entry), Id = id });
        }

        if (heading.Inline is not null)
        {
            renderer.WriteChildren(heading.Inline);
        }

        if (entry is not null)
        {
            paragraph.AppendChild(new BookmarkEnd { Id = id });
        }

        renderer.EndParagraph();
    }
}
