using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Nodes;
using Markdig.Syntax;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// One PDCA block: a band in the phase colour with the block's "###" heading in white, above its
/// body in compact card text. A small table, because only a cell fills a band edge to edge in
/// both Word and LibreOffice.
/// </summary>
internal static class BlockCard
{
    private const int Padding = 113;           // 2 mm
    private const int BodyHalfPoints = 18;     // 9 pt: a block outside a planned card

    public static void Write(DocxRenderer renderer, PhaseBlock block, string color, int bodyHalfPoints = BodyHalfPoints, string? tint = null)
    {
        var width = renderer.AvailableWidth;
        var heading = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = color },
        });
        var body = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
            Shading = tint is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = tint },
        });

        renderer.AppendBlock(new Table(
            new TableProperties(
                new TableWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                TableStyles.CellMargins(57, Padding),
                TableStyles.PlainLook()),
            new TableGrid(new GridColumn { Width = $"{width}" }),
            new TableRow(new TableRowProperties(new CantSplit()), heading),
            new TableRow(body)));

        renderer.PushContainer(heading, width - (2 * Padding));
        WriteHeading(renderer, block);
        renderer.PopContainer();

        renderer.PushContainer(body, width - (2 * Padding));
        renderer.PushParagraphStyle(StyleIds.BlockText);
        renderer.PushFormat(renderer.Format with { HalfPoints = bodyHalfPoints });
        var list = renderer.List;
        renderer.List = null;

        foreach (var child in block.Body)
        {
            renderer.Write(child);
        }

        renderer.List = list;
        renderer.PopFormat();
        renderer.PopParagraphStyle();
        renderer.PopContainer();
    }

    private static void WriteHeading(DocxRenderer renderer, PhaseBlock block)
    {
        if (block.Heading is { } heading)
        {
            renderer.WriteParagraph(heading, Paragraphs.Styled(StyleIds.BlockHeading));
            return;
        }

        // A block without a heading still shows which phase it is.
        renderer.BeginParagraph(Paragraphs.Styled(StyleIds.BlockHeading));
        renderer.WriteText(CultureInfo.GetCultureInfo("nl-NL").TextInfo.ToTitleCase(block.Name));
        renderer.EndParagraph();
    }
}
