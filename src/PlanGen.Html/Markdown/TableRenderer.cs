using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using PlanGen.Document;
using PlanGen.Document.Typography;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Pipe tables: the header row in &lt;thead&gt; with &lt;th scope="col"&gt;; alignment as a class, not a
/// style. The table sits in a div that scrolls sideways (with a visible shadow) if it is still too
/// wide; on a phone (BaseCss) the rows stack, each cell labelled with its column's header.
/// </summary>
internal sealed class TableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            return;
        }

        renderer.EnsureLine();
        // A focusable, named region: on a narrow screen the table may scroll sideways (keyboard users must reach it).
        renderer.WriteLine("<div class=\"tabel\" role=\"region\" aria-label=\"Tabel\" tabindex=\"0\">\n<table>");
        var rows = table.OfType<TableRow>().ToList();
        WriteSection(renderer, table, "thead", rows.Where(row => row.IsHeader));
        WriteSection(renderer, table, "tbody", rows.Where(row => !row.IsHeader));
        renderer.WriteLine("</table>\n</div>");
    }

    private static void WriteSection(HtmlRenderer renderer, Table table, string tag, IEnumerable<TableRow> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        renderer.Write('<').Write(tag).WriteLine(">");
        foreach (var row in list)
        {
            renderer.Write("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                WriteCell(renderer, table, row, (TableCell)row[i], i);
            }

            renderer.WriteLine("</tr>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableRow row, TableCell cell, int index)
    {
        renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
        if (cell.ColumnSpan > 1)
        {
            renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        }

        var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
        // On a phone the rows stack (BaseCss): each cell then shows its column's header before it.
        if (!row.IsHeader && HeaderText(table, column) is { Length: > 0 } label)
        {
            renderer.Write(" data-kop=\"").WriteEscape(DutchTypography.Plain(label)).Write('"');
        }

        var alignClass = AlignmentClass(table, column);
        if (alignClass is not null)
        {
            renderer.Write(" class=\"").Write(alignClass).Write('"');
        }

        renderer.Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.WriteChildren(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.Write(row.IsHeader ? "</th>" : "</td>");
    }

    private static string? HeaderText(Table table, int column) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header && column < header.Count
            ? PlainText.Of(header[column])
            : null;

    private static string? AlignmentClass(Table table, int column)
    {
        if (column < 0 || column >= table.ColumnDefinitions.Count)
        {
            return null;
        }

        return table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => "midden",
            TableColumnAlign.Right => "rechts",
            _ => null,
        };
    }
}
