using Markdig.Syntax;
using PlanGen.Document.Nodes;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// ":::: kaart-pagina": one page of the card. Its heading and loose text are written as usual;
/// each run of "::: blok" children becomes one grid. The page break before it (a
/// <see cref="PageBreakBlock"/>) goes on its first heading or paragraph, else stands alone.
/// </summary>
internal sealed class CardPage : DocxObjectRenderer<CardPageBlock>
{
    protected override void Write(DocxRenderer renderer, CardPageBlock page)
    {
        if (renderer.PageBreakPending && page.FirstOrDefault() is not (HeadingBlock or ParagraphBlock))
        {
            renderer.PageBreakPending = false;
            renderer.AppendBlock(Paragraphs.PageBreak());
        }

        var blocks = new List<PhaseBlock>();
        foreach (var child in page)
        {
            if (child is PhaseBlock block)
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

    private static void Flush(DocxRenderer renderer, List<PhaseBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        BlockGrid.Write(renderer, blocks, Columns(blocks.Count));
        blocks.Clear();
    }
}
