using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace PlanGen.Docx.Renderers;

/// <summary>Indented or fenced code (templates don't produce it, but a school's free text might): monospace lines.</summary>
internal sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock code)
    {
        renderer.BeginParagraph(Paragraphs.Styled(renderer.ParagraphStyle));
        renderer.PushFormat(renderer.Format with { Code = true });
        var first = true;
        foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
        {
            if (!first)
            {
                renderer.AppendRun(new Run(new Break()));
            }

            renderer.WriteText(line.Slice.ToString());
            first = false;
        }

        renderer.PopFormat();
        renderer.EndParagraph();
    }
}
