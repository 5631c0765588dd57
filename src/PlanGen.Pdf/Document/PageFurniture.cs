using PlanGen.Core.Output;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Document;

/// <summary>Running header (school, document) and footer (board, "pagina X van Y"), drawn as Artifacts: not part of the document's text for screen readers.</summary>
internal sealed class PageFurniture(DocumentInfo info, Theme theme, PageGeometry page, bool header, int firstPage)
{
    /// <summary>The running header; drawn before the body so text extraction reads it first.</summary>
    public void DrawHeader(IPageCanvas canvas, int number)
    {
        if (number < firstPage || !header)
        {
            return;
        }

        var context = new DrawContext(canvas) { PageNumber = number };
        var width = page.ContentWidth;
        var top = page.Top - 34;
        canvas.BeginArtifact();
        Line(context, info.SchoolName, Alignment.Left, top, width / 2, 0);
        Line(context, $"{info.Title} {info.SchoolYear}", Alignment.Right, top, width / 2, width / 2);
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
        Line(context, info.BoardName, Alignment.Left, bottom, width * 0.7f, 0);
        Line(context, $"pagina {number} van {total}", Alignment.Right, bottom, width * 0.3f, width * 0.7f);
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
