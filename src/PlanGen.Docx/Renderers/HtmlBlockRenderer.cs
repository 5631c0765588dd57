using Markdig.Syntax;

namespace PlanGen.Docx.Renderers;

/// <summary>Raw HTML is not interpreted in a Word file; its text is shown as written so nothing silently disappears.</summary>
internal sealed class HtmlBlockRenderer : DocxObjectRenderer<HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock html)
    {
        if (html.Type == HtmlBlockType.Comment)
        {
            return; // comments are notes for template authors
        }

        renderer.BeginParagraph(Paragraphs.Styled(renderer.ParagraphStyle));
        renderer.WriteText(html.Lines.ToString());
        renderer.EndParagraph();
    }
}
