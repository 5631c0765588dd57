using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>A soft line break is a space (Word wraps itself); a hard one is a line break in the paragraph.</summary>
internal sealed class LineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard)
        {
            renderer.AppendRun(new Run(new Break()));
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}
