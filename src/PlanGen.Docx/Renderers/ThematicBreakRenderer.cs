using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace PlanGen.Docx.Renderers;

/// <summary>"---" between blocks: a thin rule, as a paragraph border (Word has no horizontal-rule element).</summary>
internal sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock block) =>
        renderer.AppendBlock(new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder
            {
                Val = BorderValues.Single, Size = 6, Space = 1, Color = renderer.Context.House.Accent,
            }),
        }));
}
