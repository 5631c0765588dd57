using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>Inline HTML is shown as written: Word cannot interpret it and dropping text would hide a mistake.</summary>
internal sealed class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline html) => renderer.WriteText(html.Tag);
}
