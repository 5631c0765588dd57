using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Elements.Tables;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PlanGen.Pdf.Compose;

/// <summary>Pipe tables: the first row is the header (repeated per page); widths follow content.</summary>
internal static class TableBuilder
{
    private const float Padding = 5;
    private const int LabelWords = 3;

    public static Element Build(BlockComposer composer, MdTable table)
    {
        var theme = composer.Theme;
        var body = theme.Body.With(size: 9);
        var head = body.With(bold: true, color: Color.White);
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var headerRow = rows.FirstOrDefault(r => r.IsHeader);
        var bodyRows = rows.Where(r => r != headerRow).ToList();
        var align = Enumerable.Range(0, columns).Select(c => Align(table, c)).ToArray();

        var min = new float[columns];
        var max = new float[columns];
        var cells = bodyRows.Select(r => Cells(r, columns, body, theme.Accent, align, min, max)).ToList();
        if (headerRow is not null)
        {
            Cells(headerRow, columns, head, Color.White, align, min, max);
        }

        Element[] Header() => headerRow is null ? [] : Cells(headerRow, columns, head, Color.White, align, new float[columns], new float[columns]);
        var style = new TableStyle(theme.Accent, theme.AccentTint.Tint(0.4f), Color.LightGrey, Padding);
        return new Elements.Tables.Table(Header, cells, min, max, style);
    }

    private static Element[] Cells(TableRow row, int columns, TextStyle style, Color emailColor, Alignment[] align, float[] min, float[] max)
    {
        var result = new Element[columns];
        for (var c = 0; c < columns; c++)
        {
            var column = new Column();
            float cmin = 0, cmax = 0;
            if (c < row.Count && row[c] is TableCell cell)
            {
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    var text = new TextBlock(InlineCollector.Collect(paragraph.Inline, style, emailColor), align[c], 1.3f);
                    cmin = Math.Max(cmin, text.MinContentWidth());
                    cmax = Math.Max(cmax, text.MaxContentWidth());
                    if (row.IsHeader && IsLabel(paragraph))
                    {
                        // A header of a word or three stays on one line ("Ingevuld door", not "Ingevuld / door").
                        cmin = cmax;
                    }

                    column.Add(text, 3);
                }
            }

            min[c] = Math.Max(min[c], cmin + (2 * Padding) + 1);
            max[c] = Math.Max(max[c], cmax + (2 * Padding) + 1);
            result[c] = column;
        }

        return result;
    }

    private static bool IsLabel(ParagraphBlock paragraph) =>
        PlainText.Of(paragraph).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= LabelWords;

    private static Alignment Align(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => Alignment.Center,
            TableColumnAlign.Right => Alignment.Right,
            _ => Alignment.Left,
        } : Alignment.Left;
}
