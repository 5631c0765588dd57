using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Nodes;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// "::: kader": a one-cell table shaded in a tint of the accent colour with a bar on the left.
/// A table (not paragraph borders) so lists and several paragraphs stay inside one box.
/// </summary>
internal sealed class CalloutBox : DocxObjectRenderer<CalloutBlock>
{
    private const int Padding = 170;

    protected override void Write(DocxRenderer renderer, CalloutBlock container)
    {
        var house = renderer.Context.House;
        var width = renderer.AvailableWidth;
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = house.AccentTint },
            TableCellMargin = new TableCellMargin(
                new TopMargin { Width = $"{Padding}", Type = TableWidthUnitValues.Dxa },
                new LeftMargin { Width = $"{Padding}", Type = TableWidthUnitValues.Dxa },
                new BottomMargin { Width = $"{Padding / 2}", Type = TableWidthUnitValues.Dxa },
                new RightMargin { Width = $"{Padding}", Type = TableWidthUnitValues.Dxa }),
        });

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Single, Size = 24, Color = house.Accent },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = $"{width}" }),
            new TableRow(new TableRowProperties(new CantSplit()), cell));

        renderer.PushContainer(cell, width - (2 * Padding));
        renderer.PushParagraphStyle(StyleIds.CalloutText);
        var list = renderer.List;
        renderer.List = null;

        renderer.WriteChildren(container);

        renderer.List = list;
        renderer.PopParagraphStyle();
        renderer.PopContainer();

        renderer.AppendBlock(table);
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }
}
