using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// ":::: kaart-pagina": one page of the card. Its heading and loose text are written as usual;
/// each run of "::: blok" children becomes one grid. Every page after the first starts a new page.
/// </summary>
internal static class CardPage
{
    public static void Write(DocxRenderer renderer, CustomContainer page)
    {
        if (renderer.CardPagesWritten++ > 0)
        {
            if (page.FirstOrDefault() is HeadingBlock or ParagraphBlock)
            {
                renderer.PageBreakPending = true;
            }
            else
            {
                renderer.AppendBlock(Paragraphs.PageBreak());
            }
        }

        var blocks = new List<CustomContainer>();
        foreach (var child in page)
        {
            if (child is CustomContainer { Info: { } info } block && info.Trim().Equals("blok", StringComparison.OrdinalIgnoreCase))
            {
                blocks.Add(block);
                continue;
            }

            Flush(renderer, blocks);
            renderer.Write(child);
        }

        Flush(renderer, blocks);
    }

    /// <summary>
    /// At most two rows on a landscape page where possible (rows never split, so a third row
    /// easily spills onto a page of its own); four blocks read best as two by two.
    /// </summary>
    internal static int Columns(int blocks) => blocks switch
    {
        <= 3 => Math.Max(blocks, 1),
        4 => 2,
        <= 6 => 3,
        _ => 4,
    };

    private static void Flush(DocxRenderer renderer, List<CustomContainer> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        BlockGrid.Write(renderer, blocks, Columns(blocks.Count));
        blocks.Clear();
    }
}
