using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Nodes;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// "::: blok FASE" blocks laid out as a grid: one cell per block, so a screen reader (and pandoc)
/// reads each block whole, heading then body. The cell is tinted in the phase colour and holds
/// the block card; thick white borders make the gutters. Neighbours in a row share a height.
/// </summary>
internal static class BlockGrid
{
    private const int Gutter = 48;             // eighths of a point: a 6 pt white gap

    public static void Write(DocxRenderer renderer, IReadOnlyList<PhaseBlock> blocks, int columns)
    {
        var columnWidth = renderer.AvailableWidth / columns;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = $"{columnWidth * columns}", Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = Gutter, Color = "FFFFFF" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = Gutter, Color = "FFFFFF" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                // No padding: the block card inside fills the cell edge to edge.
                TableStyles.CellMargins(0, 0),
                TableStyles.PlainLook()),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = $"{columnWidth}" })));

        foreach (var row in blocks.Chunk(columns))
        {
            var wordRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Length; i++)
            {
                // The last block of a short row spans the rest, so the grid has no hole.
                var span = i == row.Length - 1 ? columns - i : 1;
                wordRow.AppendChild(Cell(renderer, row[i], columnWidth * span, span));
            }

            table.AppendChild(wordRow);
        }

        renderer.AppendBlock(table);
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }

    private static TableCell Cell(DocxRenderer renderer, PhaseBlock block, int width, int span)
    {
        var colours = renderer.Context.House.Phase(block.Phase);
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
            GridSpan = span > 1 ? new GridSpan { Val = span } : null,
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = colours.Tint.Hex },
        });

        renderer.PushContainer(cell, width);
        BlockCard.Write(renderer, block, colours.Strong.Hex);
        renderer.AppendBlock(Paragraphs.TableSpacer());
        renderer.PopContainer();
        return cell;
    }
}

/// <summary>A "::: blok" outside a card page: a grid of one.</summary>
internal sealed class LoosePhaseBlock : DocxObjectRenderer<PhaseBlock>
{
    protected override void Write(DocxRenderer renderer, PhaseBlock block) => BlockGrid.Write(renderer, [block], columns: 1);
}
