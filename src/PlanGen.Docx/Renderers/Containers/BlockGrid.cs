using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// "::: blok FASE" blocks laid out as a grid: per row of blocks, one row of headings on the phase
/// colour and one row of bodies on its tint, so headings line up and neighbours share a height.
/// Thick white borders make the gutters between the blocks.
/// </summary>
internal static class BlockGrid
{
    private const int Gutter = 48;             // eighths of a point: 6 pt white gap
    private const int CellPadding = 113;
    private const int BodyHalfPoints = 18;     // 9 pt keeps a full card on one landscape page

    public static void Write(DocxRenderer renderer, IReadOnlyList<CustomContainer> blocks, int columns)
    {
        var width = renderer.AvailableWidth;
        var columnWidth = width / columns;
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
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = CellPadding, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = CellPadding, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = $"{columnWidth}" })));

        foreach (var row in blocks.Chunk(columns))
        {
            // The last block of a short row spans the rest, so the grid has no hole.
            int Span(int index) => index == row.Length - 1 ? columns - index : 1;

            var headings = new TableRow(new TableRowProperties(new CantSplit()));
            var bodies = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Length; i++)
            {
                var phase = row[i].Arguments;
                var color = renderer.Context.House.PhaseColor(phase);
                var cellWidth = columnWidth * Span(i);
                headings.AppendChild(HeadingCell(renderer, row[i], phase, color, cellWidth, Span(i)));
                bodies.AppendChild(BodyCell(renderer, row[i], color, cellWidth, Span(i)));
            }

            table.Append(headings, bodies);
        }

        renderer.AppendBlock(table);
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }

    private static TableCell HeadingCell(DocxRenderer renderer, CustomContainer block, string? phase, string color, int width, int span)
    {
        var cell = new TableCell(Properties(width, span, color, new TableCellBorders(new BottomBorder { Val = BorderValues.Nil })));
        renderer.PushContainer(cell, width - (2 * CellPadding));
        if (block.FirstOrDefault() is HeadingBlock heading)
        {
            renderer.WriteParagraph(heading, Paragraphs.Styled(StyleIds.BlockHeading));
        }
        else
        {
            // A block without a heading still shows which phase it is.
            renderer.BeginParagraph(Paragraphs.Styled(StyleIds.BlockHeading));
            renderer.WriteText(CultureInfo.GetCultureInfo("nl-NL").TextInfo.ToTitleCase(phase ?? ""));
            renderer.EndParagraph();
        }

        renderer.PopContainer();
        return cell;
    }

    private static TableCell BodyCell(DocxRenderer renderer, CustomContainer block, string color, int width, int span)
    {
        var cell = new TableCell(Properties(width, span, HouseStyle.Tint(color, 0.88), new TableCellBorders(new TopBorder { Val = BorderValues.Nil })));
        renderer.PushContainer(cell, width - (2 * CellPadding));
        renderer.PushParagraphStyle(StyleIds.BlockText);
        renderer.PushFormat(renderer.Format with { HalfPoints = BodyHalfPoints });
        var list = renderer.List;
        renderer.List = null;

        foreach (var child in block.Skip(block.FirstOrDefault() is HeadingBlock ? 1 : 0))
        {
            renderer.Write(child);
        }

        renderer.List = list;
        renderer.PopFormat();
        renderer.PopParagraphStyle();
        renderer.PopContainer();
        return cell;
    }

    private static TableCellProperties Properties(int width, int span, string fill, TableCellBorders borders) => new()
    {
        TableCellWidth = new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
        GridSpan = span > 1 ? new GridSpan { Val = span } : null,
        TableCellBorders = borders,
        Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
    };
}
