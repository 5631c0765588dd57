using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Layout.Pagination;

/// <summary>
/// What the page model decided about keep-with-next paragraphs (headings, lead-ins) at a page foot,
/// written into the DOCX so that no renderer's own keep logic can decide otherwise. LibreOffice's
/// choice for a heading whose next paragraph breaks over the page depends on its layout history, not
/// only on the page (issue 13: Klaverveld's '7. Borging van beleid' stays in 2025-2026 and moves in
/// 2026-2027 on an identical page), so the TOC's pre-filled page numbers need the decision made here.
/// </summary>
/// <param name="Released">
/// Keep-with-next paragraphs that stay at a page foot while the paragraph after them breaks over the
/// page: the model knows the next lines fit beside them, so they are written without keep-with-next
/// (w:keepNext w:val="0", which also overrides a heading style's keepNext) and simply stay.
/// </param>
/// <param name="KeptWhole">
/// Paragraphs after a keep-with-next paragraph the model moved to the next page (their first lines do
/// not fit below it): written with w:keepLines, so the paragraph cannot start on the old page and the
/// keep-with-next paragraph before it must go along. Only paragraphs that widow and orphan control
/// could split get it (four lines or more) and only when they fit on a page with the chain.
/// </param>
internal sealed record KeepDecisions(IReadOnlyList<Paragraph> Released, IReadOnlyList<Paragraph> KeptWhole)
{
    /// <summary>Writes the decisions into the paragraphs' properties.</summary>
    public void Write()
    {
        foreach (var paragraph in Released)
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext { Val = false };
        }

        foreach (var paragraph in KeptWhole)
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepLines = new KeepLines();
        }
    }
}

/// <summary>The page model's result for a body: the page of every bookmark and the keep decisions to write.</summary>
internal sealed record PageLayout(IReadOnlyDictionary<string, int> BookmarkPages, KeepDecisions Keeps);
