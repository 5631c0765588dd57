using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;

namespace PlanGen.Docx.Layout;

/// <summary>
/// A rough guess of each heading's page, for the TOC's cached page numbers. Word replaces them
/// when it updates the fields on opening; LibreOffice shows them as they are, so a close guess
/// beats a column of ones. Counts lines of about 90 characters on a page of about 52 lines,
/// with every chapter on a new page after the cover and the contents page.
/// </summary>
internal static class PageEstimate
{
    private const double LinesPerPage = 52;
    private const double CharactersPerLine = 90;
    private const int FirstChapterPage = 3;

    public static IReadOnlyDictionary<HeadingBlock, int> Pages(MarkdownDocument document)
    {
        var pages = new Dictionary<HeadingBlock, int>();
        var page = FirstChapterPage;
        var used = 0.0;
        var firstChapter = true;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 })
            {
                page += firstChapter ? 0 : 1;
                firstChapter = false;
                used = 0;
            }

            var lines = Lines(block);
            if (used + lines > LinesPerPage && used > 0)
            {
                // Headings keep with what follows and table rows don't split: the block moves over whole.
                page++;
                used = 0;
            }

            if (block is HeadingBlock heading)
            {
                pages[heading] = page;
            }

            used += lines;
            while (used > LinesPerPage)
            {
                page++;
                used -= LinesPerPage;
            }
        }

        return pages;
    }

    private static double Lines(Block block) => block switch
    {
        HeadingBlock { Level: <= 2 } => 2.5,
        HeadingBlock or TitleBlock => 2,
        ParagraphBlock paragraph => Wrapped(PlainText.Of(paragraph), CharactersPerLine) + 0.6,
        Table table => table.OfType<TableRow>().Sum(row => row.OfType<TableCell>()
            .Select(cell => Wrapped(PlainText.Of((Block)cell), CharactersPerLine / Math.Max(1, row.Count)))
            .DefaultIfEmpty(1).Max() + 0.35) + 0.5,
        ListBlock list => list.OfType<ListItemBlock>().Sum(item => item.Sum(Lines) - 0.3),
        ContainerBlock container => container.Sum(Lines) + 1,
        _ => 1,
    };

    private static double Wrapped(string text, double width) => Math.Max(1, Math.Ceiling(text.Length / width));
}
