using PlanGen.Document.Fonts;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx.Styling;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Pipe tables in Word's Table Grid style: fixed column widths from content, the header row in the
/// accent colour and repeated on every page, rows that never split across a page.
/// </summary>
internal sealed class TableRenderer : DocxObjectRenderer<MdTable>
{
    private const int CellPadding = 216;

    protected override void Write(DocxRenderer renderer, MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columnCount = rows.Select(r => r.OfType<MdTableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max();
        if (columnCount == 0)
        {
            return;
        }

        var widths = ColumnWidths.Compute(table, columnCount, renderer.AvailableWidth, renderer.Context.House.Fonts);
        var word = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.TableGrid },
                new TableWidth { Width = $"{widths.Sum()}", Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));

        var inHeader = true;
        foreach (var row in rows)
        {
            // Only the leading header rows can repeat; Word ignores tblHeader further down.
            inHeader &= row.IsHeader;
            word.AppendChild(Row(renderer, row, widths, inHeader));
        }

        renderer.AppendBlock(word);
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }

    private static TableRow Row(DocxRenderer renderer, MdTableRow row, int[] widths, bool repeatAsHeader)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (repeatAsHeader)
        {
            rowProperties.AppendChild(new TableHeader());
        }

        var wordRow = new TableRow(rowProperties);
        var column = 0;
        foreach (var cell in row.OfType<MdTableCell>())
        {
            if (column >= widths.Length)
            {
                break;
            }

            var span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
            var width = widths.Skip(column).Take(span).Sum();
            wordRow.AppendChild(Cell(renderer, cell, width, span, row.IsHeader));
            column += span;
        }

        // A short row still needs a cell per column, or Word shows a ragged edge.
        for (; column < widths.Length; column++)
        {
            wordRow.AppendChild(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = $"{widths[column]}", Type = TableWidthUnitValues.Dxa }),
                new Paragraph(Paragraphs.Styled(StyleIds.TableText))));
        }

        return wordRow;
    }

    private static TableCell Cell(DocxRenderer renderer, MdTableCell cell, int width, int span, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.AppendChild(new GridSpan { Val = span });
        }

        if (header)
        {
            properties.AppendChild(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = renderer.Context.House.Accent });
        }

        var wordCell = new TableCell(properties);
        renderer.PushContainer(wordCell, width - CellPadding);
        renderer.PushParagraphStyle(StyleIds.TableText);
        renderer.PushFormat(header ? renderer.Format with { Bold = true, Color = "FFFFFF" } : renderer.Format);
        var list = renderer.List;
        renderer.List = null;

        renderer.WriteChildren(cell);

        renderer.List = list;
        renderer.PopFormat();
        renderer.PopParagraphStyle();
        renderer.PopContainer();
        return wordCell;
    }
}
