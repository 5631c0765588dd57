using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>Plain text; escaping is the XML serializer's job.</summary>
internal sealed class LiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline literal) =>
        renderer.WriteText(literal.Content.ToString());
}
