using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Fonts;
using PlanGen.Docx.Layout.Pagination;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Column widths from content, as a browser's automatic table layout shares them out: measured with
/// the shipped font (bold in the header row), no column narrower than its longest unbreakable word
/// (no-break spaces hold dates and phone numbers together) or than its header, and the room left over given by how much
/// more each column would like (its text on one line).
/// </summary>
internal static class ColumnWidths
{
    private const int CellPadding = 216;        // the grid style's 108 twips left and right
    private const int Slack = 40;               // rounding in Word and LibreOffice must not wrap a word that just fits
    private const int TextHalfPoints = 20;      // Tabeltekst: 10 pt
    private const int LabelWords = 3;

    public static int[] Compute(Table table, int columnCount, int available, FontFamilyFiles fonts)
    {
        var minimum = new double[columnCount];
        var natural = new double[columnCount];
        foreach (var row in table.OfType<TableRow>())
        {
            var face = FontMeasure.For(fonts.Face(bold: row.IsHeader, italic: false));
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (column >= columnCount)
                {
                    break;
                }

                var span = Math.Max(1, cell.ColumnSpan);
                if (span == 1)
                {
                    var text = PlainText.Of((Block)cell);
                    foreach (var line in text.Split('\n'))
                    {
                        natural[column] = Math.Max(natural[column], Width(face, line));
                        if (row.IsHeader && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= LabelWords)
                        {
                            // A header of a word or three is a label: keep it on one line ("Ingevuld door").
                            minimum[column] = Math.Max(minimum[column], Width(face, line));
                        }

                        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            minimum[column] = Math.Max(minimum[column], Width(face, word));
                        }
                    }
                }

                column += span;
            }
        }

        var floors = minimum.Select(w => (int)Math.Ceiling(w) + CellPadding + Slack).ToArray();
        var wishes = natural.Select((w, i) => Math.Max(floors[i], (int)Math.Ceiling(w) + CellPadding + Slack)).ToArray();
        var widths = new int[columnCount];
        if (wishes.Sum() <= available)
        {
            // Everything fits on one line: the spare room goes out in proportion to the wishes.
            var total = (double)wishes.Sum();
            for (var i = 0; i < columnCount; i++)
            {
                widths[i] = (int)(available * (wishes[i] / total));
            }
        }
        else if (floors.Sum() <= available)
        {
            // Each column gets its longest word, and the rest by how much wider it would like to be.
            var spare = available - floors.Sum();
            var want = (double)wishes.Zip(floors, (w, f) => w - f).Sum();
            for (var i = 0; i < columnCount; i++)
            {
                widths[i] = floors[i] + (want == 0 ? 0 : (int)(spare * ((wishes[i] - floors[i]) / want)));
            }
        }
        else
        {
            // Too many long words: share by the floors themselves.
            var total = (double)floors.Sum();
            for (var i = 0; i < columnCount; i++)
            {
                widths[i] = (int)(available * (floors[i] / total));
            }
        }

        // Rounding leftovers go to the widest column so the table is exactly full width.
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] += available - widths.Sum();
        return widths;
    }

    private static double Width(FontMeasure face, string text)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += face.Advance(rune.Value);
        }

        return width * TextHalfPoints * 10;
    }
}
