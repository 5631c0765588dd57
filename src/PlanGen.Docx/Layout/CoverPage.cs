using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using PlanGen.Docx.Layout.Pagination;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// The plan's first page: logo, school, title (the Markdown's "# ..."), subtitle and school year,
/// and at the foot the adoption lines ("Vastgesteld door de MR op ...") and the board. The two gaps
/// (above the school's name and above the foot) are computed from what the cover holds, measured with
/// the DOCX's own geometry and styles (<see cref="PageFlow"/>), so the whole cover stays on page 1.
/// </summary>
internal static class CoverPage
{
    // A designed cover sets the titles about a third down the page (less with a logo above them).
    private const int TitleGapWithLogo = 2400;
    private const int TitleGapWithoutLogo = 3600;

    // The foot keeps at least this much room above it, and the cover this much below it: the model's
    // margin for LibreOffice's and Word's own rounding (a third of an inch).
    private const int MinimumFootGap = 480;
    private const int SafetyMargin = 480;

    public static void Write(DocxRenderer renderer, string title, LogoAsset? logo)
    {
        var info = renderer.Context.Info;
        var cover = new List<Paragraph>();
        if (logo is not null)
        {
            var picture = new Paragraph(
                new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" } },
                new Run(Logo.Inline(logo, renderer.Context.Texts.LogoAltText, maxWidthCm: 6, maxHeightCm: 3.5, renderer.Context.NextDrawingId++)));
            renderer.AppendBlock(picture);
            cover.Add(picture);
        }

        var school = Line(renderer, StyleIds.TitlePageSchool, info.SchoolName);
        cover.Add(school);
        cover.Add(Line(renderer, StyleIds.Title, title));
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            cover.Add(Line(renderer, StyleIds.Subtitle, info.Subtitle));
        }

        cover.Add(Line(renderer, StyleIds.Subtitle, $"Schooljaar {info.SchoolYear}"));
        foreach (var mark in renderer.Context.Texts.Marks)
        {
            cover.Add(Line(renderer, StyleIds.Subtitle, mark));
        }

        var foot = new List<Paragraph>();
        foreach (var adoption in info.Adoptions)
        {
            foot.Add(Line(renderer, StyleIds.TitlePageMeta, adoption));
        }

        var board = Line(renderer, StyleIds.TitlePageMeta, $"Bestuur: {info.BoardName}");
        if (foot.Count > 0)
        {
            SetBefore(board, 240);
        }

        foot.Add(board);
        cover.AddRange(foot);
        FitGaps(renderer.Context, cover, school, foot[0], logo is null ? TitleGapWithoutLogo : TitleGapWithLogo);
    }

    /// <summary>
    /// Measures the cover with both gaps at zero, then gives the title its gap as far as the page allows
    /// and the foot the rest, so the adoption lines and the board stand at the foot of page 1.
    /// </summary>
    private static void FitGaps(DocxContext context, List<Paragraph> cover, Paragraph school, Paragraph foot, int titleGap)
    {
        SetBefore(school, 0);
        SetBefore(foot, 0);
        var flow = new PageFlow(context.MainPart.StyleDefinitionsPart!.Styles!, context.House, context.Page);
        var free = flow.PageBody - flow.StackHeight(cover) - SafetyMargin;
        var top = Math.Clamp(free - MinimumFootGap, 0, titleGap);
        SetBefore(school, top);
        SetBefore(foot, Math.Max(0, free - top));
    }

    private static void SetBefore(Paragraph paragraph, int twips)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = $"{twips}" };
    }

    private static Paragraph Line(DocxRenderer renderer, string style, string text)
    {
        var paragraph = renderer.BeginParagraph(Paragraphs.Styled(style));
        renderer.WriteText(text);
        renderer.EndParagraph();
        return paragraph;
    }
}
