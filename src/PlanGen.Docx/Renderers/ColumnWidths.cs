using PlanGen.Document;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Column widths from content: each column gets a share by its longest text (capped, so one long
/// remark cannot squeeze the others), but never narrower than its longest word.
/// </summary>
internal static class ColumnWidths
{
    private const int CharacterTwips = 110;     // a 10 pt Arial character, roughly
    private const int CellPadding = 216;
    private const int MinimumWidth = 850;      // 1.5 cm
    private const int LongTextCap = 60;

    public static int[] Compute(Table table, int columnCount, int available)
    {
        var longest = new int[columnCount];
        var longestWord = new int[columnCount];
        foreach (var row in table.OfType<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (column >= columnCount)
                {
                    break;
                }

                var text = PlainText.Of((Block)cell);
                longest[column] = Math.Max(longest[column], text.Length);
                var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                longestWord[column] = Math.Max(longestWord[column], word);
                column += Math.Max(1, cell.ColumnSpan);
            }
        }

        var floors = longestWord.Select(w => Math.Max(MinimumWidth, (w * CharacterTwips) + CellPadding)).ToArray();
        var weights = longest.Select(l => (double)Math.Clamp(l, 4, LongTextCap)).ToArray();
        var widths = new int[columnCount];
        var floorTotal = floors.Sum();
        if (floorTotal >= available)
        {
            // Too many long words: share by the floors themselves.
            for (var i = 0; i < columnCount; i++)
            {
                widths[i] = (int)((long)available * floors[i] / floorTotal);
            }
        }
        else
        {
            var weightTotal = weights.Sum();
            for (var i = 0; i < columnCount; i++)
            {
                widths[i] = Math.Max(floors[i], (int)(available * weights[i] / weightTotal));
            }

            Shrink(widths, floors, available);
        }

        // Rounding leftovers go to the last column so the table is exactly full width.
        widths[^1] += available - widths.Sum();
        return widths;
    }

    /// <summary>Takes back what the floors added, from the columns that have room above their floor.</summary>
    private static void Shrink(int[] widths, int[] floors, int available)
    {
        var excess = widths.Sum() - available;
        while (excess > 0)
        {
            var flexible = Enumerable.Range(0, widths.Length).Where(i => widths[i] > floors[i]).ToArray();
            if (flexible.Length == 0)
            {
                return;
            }

            var share = Math.Max(1, excess / flexible.Length);
            foreach (var i in flexible)
            {
                var take = Math.Min(share, Math.Min(widths[i] - floors[i], excess));
                widths[i] -= take;
                excess -= take;
            }
        }
    }
}
