using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>&amp;amp; and friends: the character they stand for.</summary>
internal sealed class HtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline entity) =>
        renderer.WriteText(entity.Transcoded.ToString());
}
