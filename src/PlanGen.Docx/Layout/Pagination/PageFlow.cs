using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout.Pagination;

/// <summary>
/// Lays the finished body out on pages as LibreOffice (and Word) do, to learn on which page each
/// bookmark lands: first-fit lines, the larger of one paragraph's space after and the next one's space
/// before between them (as LibreOffice sets a DOCX; space before dropped at the top of a page that
/// follows a natural break, space after dropped at the foot), widow and orphan control of two lines, keep-with-next
/// chains, keep-lines, page break before, table rows that do not split and header rows that repeat.
/// Its keep-with-next decisions at a page foot come back as <see cref="KeepDecisions"/> for the writer.
/// </summary>
internal sealed class PageFlow
{
    private const int OrphanLines = 2;
    private const int CellBorder = 10;   // the table grid's 0.5 pt rules

    private readonly FormatResolver formats;
    private readonly ParagraphLines lines;
    private readonly int textWidth;
    private readonly int pageBody;

    // The header and footer (one or two 8 pt lines) stay inside the margins, so the body is the page less both margins.
    public PageFlow(Styles styles, HouseStyle house, PageGeometry page)
    {
        formats = new FormatResolver(styles);
        lines = new ParagraphLines(formats, house.Fonts);
        textWidth = page.TextWidth;
        pageBody = (int)page.Height - (2 * page.Margin);
    }

    /// <summary>The height between the top and bottom margins (twips).</summary>
    public int PageBody => pageBody;

    /// <summary>
    /// Height of <paramref name="paragraphs"/> set one below the other from the top of the first page, as
    /// <see cref="Layout"/> stacks them: space before kept on the first, the larger of space after
    /// and the next space before between two, the last one's space after left out (it drops at the foot).
    /// </summary>
    public int StackHeight(IEnumerable<Paragraph> paragraphs)
    {
        var state = new State(pageBody);
        foreach (var paragraph in paragraphs.Select(p => Measure(p, null, textWidth)))
        {
            state.Used += state.Before(paragraph.Format.Before) + paragraph.Format.BorderTop + paragraph.Lines.Sum() + paragraph.Format.BorderBottom;
            state.After(paragraph.Format.After);
        }

        return state.Used;
    }

    /// <summary>Page (1-based) of every bookmark that starts in the body, and the keep decisions taken on the way.</summary>
    public PageLayout Layout(Body body)
    {
        var items = body.ChildElements.Select(ToItem).OfType<Item>().ToList();
        var state = new State(pageBody);
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case ParagraphItem paragraph:
                    Place(paragraph, items, i, state);
                    break;
                case TableItem table:
                    Place(table, state);
                    state.FootKeep = null;
                    break;
            }
        }

        return new PageLayout(state.Pages, new KeepDecisions(state.Released, state.KeptWhole));
    }

    private Item? ToItem(OpenXmlElement element) => element switch
    {
        Paragraph paragraph => Measure(paragraph, null, textWidth),
        Table table => Measure(table),
        _ => null,
    };

    private ParagraphItem Measure(Paragraph paragraph, string? tableStyle, int width)
    {
        var format = formats.Paragraph(paragraph, tableStyle);
        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
        {
            format = format with { IndentLeft = ListNumbering.ItemIndent(level) };
        }

        var heights = lines.Lines(paragraph, format, width);
        var bookmarks = paragraph.Descendants<BookmarkStart>().Select(b => b.Name?.Value).OfType<string>().ToList();
        return new ParagraphItem(paragraph, format, heights, bookmarks, lines.Overhang(format));
    }

    private TableItem Measure(Table table)
    {
        var style = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(c => int.Parse(c.Width?.Value ?? "0")).ToList() ?? [];
        var rows = new List<RowItem>();
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            var height = 0;
            var bookmarks = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var width = grid.Skip(column).Take(span).Sum();
                column += span;
                var margins = cell.TableCellProperties?.TableCellMargin;
                var left = Twips(margins?.LeftMargin?.Width?.Value) ?? 108;
                var right = Twips(margins?.RightMargin?.Width?.Value) ?? 108;
                var top = Twips(margins?.TopMargin?.Width?.Value) ?? 0;
                var bottom = Twips(margins?.BottomMargin?.Width?.Value) ?? 0;
                var content = 0;
                Paragraph? previous = null;
                foreach (var paragraph in cell.Elements<Paragraph>())
                {
                    var item = Measure(paragraph, style, width - left - right);
                    content += item.Format.Before + item.Lines.Sum() + item.Format.After;
                    bookmarks.AddRange(item.Bookmarks);
                    previous = paragraph;
                }

                height = Math.Max(height, top + content + bottom);
            }

            var properties = row.TableRowProperties;
            rows.Add(new RowItem(height + CellBorder,
                properties?.GetFirstChild<CantSplit>() is not null,
                properties?.GetFirstChild<TableHeader>() is not null,
                bookmarks));
        }

        return new TableItem(rows);
    }

    private static int? Twips(string? value) => int.TryParse(value, out var twips) ? twips : null;

    private void Place(ParagraphItem paragraph, List<Item> items, int index, State state)
    {
        var format = paragraph.Format;
        if (format.PageBreakBefore && !state.PageEmpty)
        {
            state.NewPage(natural: false);
        }

        var before = state.Before(format.Before);
        var needed = before + format.BorderTop + Minimum(paragraph);
        if (format.KeepNext)
        {
            needed = before + format.BorderTop + paragraph.Lines.Sum() + format.BorderBottom + ChainAfter(items, index, format.After);
        }

        var overhang = format.KeepNext ? ChainOverhang(items, index) : paragraph.Overhang;
        var footKeep = state.FootKeep;
        if (!state.PageEmpty && state.Used + needed > state.Height + overhang && needed <= state.Height)
        {
            if (format.KeepNext && state.Used + before + format.BorderTop + paragraph.Lines.Sum() + format.BorderBottom <= state.Height)
            {
                ForceMove(items, index, state);
            }

            footKeep = null;
            state.NewPage(natural: true);
            before = state.Before(format.Before);
        }

        state.Used += before + format.BorderTop;
        state.PendingAfter = 0;
        foreach (var bookmark in paragraph.Bookmarks)
        {
            state.Pages.TryAdd(bookmark, state.Page);
        }

        var remaining = paragraph.Lines;
        while (remaining.Count > 0)
        {
            var fit = Fitting(remaining, state.Height - state.Used + paragraph.Overhang);
            if (fit >= remaining.Count)
            {
                state.Used += remaining.Sum();
                break;
            }

            // Widow and orphan control: at least two lines on each side of the break.
            var take = format.KeepLines ? 0 : fit;
            if (format.WidowControl)
            {
                take = Math.Min(take, remaining.Count - OrphanLines);
                take = take < OrphanLines ? 0 : take;
            }

            if (take == 0 && state.PageEmpty)
            {
                take = Math.Max(1, fit);
            }

            if (take > 0 && footKeep is not null && footKeep.Page == state.Page)
            {
                // The keep-with-next paragraph above stays here with this paragraph's first lines.
                state.Released.Add(footKeep.Source);
            }

            footKeep = null;
            state.Used += remaining.Take(take).Sum();
            remaining = remaining.Skip(take).ToList();
            state.NewPage(natural: true);
            if (take == 0)
            {
                foreach (var bookmark in paragraph.Bookmarks)
                {
                    state.Pages[bookmark] = state.Page;
                }
            }
        }

        state.Used += format.BorderBottom;
        state.After(format.After);
        state.FootKeep = format.KeepNext ? new PlacedKeep(paragraph.Source, state.Page) : null;
    }

    /// <summary>
    /// The keep-with-next paragraph at <paramref name="index"/> would fit here, but the model moves it
    /// because the chain's next paragraph cannot start below it: that paragraph keeps its lines together in
    /// the DOCX, so no renderer can start it (and leave the chain) on this page.
    /// </summary>
    private static void ForceMove(List<Item> items, int index, State state)
    {
        var chain = 0;
        for (var i = index; i < items.Count; i++)
        {
            if (items[i] is not ParagraphItem next)
            {
                return;
            }

            chain += next.Format.Before + next.Format.BorderTop + next.Lines.Sum() + next.Format.BorderBottom;
            if (next.Format.KeepNext)
            {
                continue;
            }

            // Fewer than four lines cannot be split with two on each side: widow and orphan control keep them whole already.
            if (next.Format.WidowControl && !next.Format.KeepLines && next.Lines.Count >= OrphanLines * 2 && chain <= state.Height)
            {
                state.KeptWhole.Add(next.Source);
            }

            return;
        }
    }

    /// <summary>What must come along on this page for a keep-with-next paragraph: the next block's start, chained.</summary>
    private static int ChainAfter(List<Item> items, int index, int after)
    {
        var total = 0;
        for (var i = index + 1; i < items.Count; i++)
        {
            switch (items[i])
            {
                case ParagraphItem next when next.Format.KeepNext:
                    total += Math.Max(after, next.Format.Before) + next.Format.BorderTop + next.Lines.Sum() + next.Format.BorderBottom;
                    after = next.Format.After;
                    continue;
                case ParagraphItem next:
                    // A fresh LibreOffice layout keeps the chain with the next paragraph's first lines (orphan control),
                    // splitting that paragraph (KeepWithNextSplitTests).
                    return total + Math.Max(after, next.Format.Before) + next.Format.BorderTop + Minimum(next);
                case TableItem table:
                    return total + after + CellBorder + table.Rows.TakeWhile(r => r.Header).Sum(r => r.Height)
                        + table.Rows.SkipWhile(r => r.Header).Take(1).Sum(r => r.Height);
            }
        }

        return total;
    }

    /// <summary>
    /// How far a keep-with-next chain may hang below the bottom margin: the proportional spacing of its last
    /// line when that is the next paragraph's last (LibreOffice lets a paragraph's last line hang, not the
    /// last line before a break: KeepWithNextSplitTests); nothing when the next paragraph would split or a table ends the chain.
    /// </summary>
    private static int ChainOverhang(List<Item> items, int index)
    {
        for (var i = index + 1; i < items.Count; i++)
        {
            switch (items[i])
            {
                case ParagraphItem next when next.Format.KeepNext:
                    continue;
                case ParagraphItem next:
                    return Minimum(next) == next.Lines.Sum() + next.Format.BorderBottom ? next.Overhang : 0;
                default:
                    return 0;
            }
        }

        return 0;
    }

    /// <summary>The first lines that must stay together at the foot of a page (all, when the paragraph keeps its lines).</summary>
    private static int Minimum(ParagraphItem paragraph)
    {
        var count = paragraph.Lines.Count;
        var keep = paragraph.Format.KeepLines ? count
            : !paragraph.Format.WidowControl ? 1
            : count < OrphanLines * 2 ? count
            : OrphanLines;
        return paragraph.Lines.Take(keep).Sum() + (keep == count ? paragraph.Format.BorderBottom : 0);
    }

    private static int Fitting(List<int> heights, int room)
    {
        var count = 0;
        var used = 0;
        foreach (var height in heights)
        {
            if (used + height > room)
            {
                break;
            }

            used += height;
            count++;
        }

        return count;
    }

    private static void Place(TableItem table, State state)
    {
        var headers = table.Rows.TakeWhile(r => r.Header).ToList();
        state.Used += state.PendingAfter + CellBorder;
        state.PendingAfter = 0;
        foreach (var row in table.Rows)
        {
            if (!state.PageEmpty && state.Used + row.Height > state.Height)
            {
                state.NewPage(natural: true);
                state.Used = CellBorder + (row.Header ? 0 : headers.Sum(h => h.Height));
            }

            foreach (var bookmark in row.Bookmarks)
            {
                state.Pages.TryAdd(bookmark, state.Page);
            }

            state.Used += row.Height;
        }
    }

    private abstract record Item;

    private sealed record ParagraphItem(Paragraph Source, ParagraphFormat Format, List<int> Lines, List<string> Bookmarks, int Overhang) : Item;

    private sealed record TableItem(List<RowItem> Rows) : Item;

    private sealed record PlacedKeep(Paragraph Source, int Page);

    private sealed record RowItem(int Height, bool CantSplit, bool Header, List<string> Bookmarks);

    private sealed class State(int height)
    {
        public int Height { get; } = height;

        public int Page { get; private set; } = 1;

        public int Used { get; set; }

        public bool PageEmpty => Used == 0;

        /// <summary>The previous paragraph's space after, not yet on the page: the next paragraph's space before may swallow it.</summary>
        public int PendingAfter { get; set; }

        private bool naturalTop;

        public Dictionary<string, int> Pages { get; } = new(StringComparer.Ordinal);

        /// <summary>The keep-with-next paragraph just placed, and the page it ended on (null after any other block).</summary>
        public PlacedKeep? FootKeep { get; set; }

        public List<Paragraph> Released { get; } = [];

        public List<Paragraph> KeptWhole { get; } = [];

        public void NewPage(bool natural)
        {
            Page++;
            Used = 0;
            PendingAfter = 0;
            naturalTop = natural;
        }

        /// <summary>Space above a paragraph (added to the previous one's space after): dropped at the top of a page after a natural break.</summary>
        public int Before(int before) => PageEmpty ? (naturalTop ? 0 : before) : Math.Max(before, PendingAfter);

        public void After(int after) => PendingAfter = after;
    }
}
