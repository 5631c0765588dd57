using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>`code`: monospace through Word's "HTML Code" character style.</summary>
internal sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline code)
    {
        renderer.PushFormat(renderer.Format with { Code = true });
        renderer.WriteText(code.Content);
        renderer.PopFormat();
    }
}
