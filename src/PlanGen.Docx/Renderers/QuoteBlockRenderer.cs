using Markdig.Syntax;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>"&gt; text": paragraphs in Word's Quote style.</summary>
internal sealed class QuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock quote)
    {
        renderer.PushParagraphStyle(StyleIds.Quote);
        renderer.WriteChildren(quote);
        renderer.PopParagraphStyle();
    }
}
