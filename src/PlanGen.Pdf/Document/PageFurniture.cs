using PlanGen.Document.Texts;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Document;

/// <summary>
/// Running header (school, document and year) and footer (board, status and edition mark, "pagina X van Y"): the
/// shared <see cref="PageTexts"/>, drawn as Artifacts: not part of the document's text for screen readers.
/// </summary>
internal sealed class PageFurniture(PageTexts texts, Theme theme, PageGeometry page, bool header, int firstPage)
{
    /// <summary>The running header; drawn before the body so text extraction reads it first.</summary>
    public void DrawHeader(IPageCanvas canvas, int number)
    {
        DrawWatermark(canvas, number);
        if (number < firstPage || !header)
        {
            return;
        }

        var context = new DrawContext(canvas) { PageNumber = number };
        var width = page.ContentWidth;
        var top = page.Top - 34;
        canvas.BeginArtifact();
        Line(context, texts.HeaderLeft, Alignment.Left, top, width / 2, 0);
        Line(context, texts.HeaderRight, Alignment.Right, top, width / 2, width / 2);
        canvas.DrawLine(page.Left, top + 15, page.Left + width, top + 15, 0.5f, theme.Accent.Tint(0.5f));
        canvas.EndArtifact();
    }

    public void DrawFooter(IPageCanvas canvas, int number, int total)
    {
        if (number < firstPage)
        {
            return;
        }

        var context = new DrawContext(canvas) { PageNumber = number };
        var width = page.ContentWidth;
        var bottom = page.Height - page.Bottom + (header ? 26 : 14);
        canvas.BeginArtifact();
        Line(context, texts.FooterLeft, Alignment.Left, bottom, width * 0.7f, 0);
        Line(context, PageTexts.PageNumber(number, total), Alignment.Right, bottom, width * 0.3f, width * 0.7f);
        if (texts.Marks.Count > 0)
        {
            // Status and edition mark on a line of their own, so neither is ever cut short.
            Line(context, string.Join(" \u00B7 ", texts.Marks), Alignment.Left, bottom + 10, width, 0);
        }
        canvas.EndArtifact();
    }

    /// <summary>A concept's "CONCEPT" in very light grey across the middle of every page, under the body (drawn first).</summary>
    private void DrawWatermark(IPageCanvas canvas, int number)
    {
        if (texts.Watermark is not { } mark)
        {
            return;
        }

        var block = new TextBlock([new TextSpan(mark, new TextStyle(72, true, false, new Color(0xEC, 0xEC, 0xEC)))], Alignment.Center, 1.2f);
        var space = new Space(page.ContentWidth, 100, true);
        canvas.BeginArtifact();
        if (block.Measure(space).Draws)
        {
            block.Draw(new DrawContext(canvas) { PageNumber = number }, page.Left, (page.Height / 2) - 50, space);
        }
        canvas.EndArtifact();
    }

    private void Line(DrawContext context, string text, Alignment alignment, float y, float width, float offset)
    {
        var block = new TextBlock([new TextSpan(text, theme.Small)], alignment, 1.2f);
        var space = new Space(width, 20, true);
        if (block.Measure(space).Draws)
        {
            block.Draw(context, page.Left + offset, y, space);
        }
    }
}
