using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>An unmatched delimiter (a lone "*"): its literal text, then whatever it holds.</summary>
internal sealed class DelimiterInlineRenderer : DocxObjectRenderer<DelimiterInline>
{
    protected override void Write(DocxRenderer renderer, DelimiterInline delimiter)
    {
        renderer.WriteText(delimiter.ToLiteral());
        renderer.WriteChildren(delimiter);
    }
}
