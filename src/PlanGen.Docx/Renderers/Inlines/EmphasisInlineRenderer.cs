using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>*italic*, **bold**, ~~struck~~: direct run formatting that nests.</summary>
internal sealed class EmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline emphasis)
    {
        var format = renderer.Format;
        format = emphasis.DelimiterChar == '~'
            ? format with { Strike = true }
            : emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };

        renderer.PushFormat(format);
        renderer.WriteChildren(emphasis);
        renderer.PopFormat();
    }
}
