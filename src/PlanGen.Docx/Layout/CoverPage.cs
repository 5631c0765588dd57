using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// The plan's first page: logo, school, title (the Markdown's "# ..."), subtitle and school year,
/// and at the foot the adoption lines ("Vastgesteld door de MR op ...") and the board.
/// </summary>
internal static class CoverPage
{
    public static void Write(DocxRenderer renderer, string title, LogoAsset? logo)
    {
        var info = renderer.Context.Info;
        if (logo is not null)
        {
            renderer.AppendBlock(new Paragraph(
                new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" } },
                new Run(Logo.Inline(logo, renderer.Context.Texts.LogoAltText, maxWidthCm: 6, maxHeightCm: 3.5, renderer.Context.NextDrawingId++))));
        }

        // Push the titles to about a third of the page, as a designed cover would.
        Line(renderer, StyleIds.TitlePageSchool, info.SchoolName, spaceBefore: logo is null ? 3600 : 2400);
        Line(renderer, StyleIds.Title, title);
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            Line(renderer, StyleIds.Subtitle, info.Subtitle);
        }

        Line(renderer, StyleIds.Subtitle, $"Schooljaar {info.SchoolYear}");
        foreach (var mark in renderer.Context.Texts.Marks)
        {
            Line(renderer, StyleIds.Subtitle, mark);
        }

        var first = true;
        foreach (var adoption in info.Adoptions)
        {
            Line(renderer, StyleIds.TitlePageMeta, adoption, spaceBefore: first ? 4800 : null);
            first = false;
        }

        Line(renderer, StyleIds.TitlePageMeta, $"Bestuur: {info.BoardName}", spaceBefore: first ? 4800 : 240);
    }

    internal static void Line(DocxRenderer renderer, string style, string text, int? spaceBefore = null)
    {
        var properties = Paragraphs.Styled(style);
        if (spaceBefore is { } before)
        {
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = $"{before}" };
        }

        renderer.BeginParagraph(properties);
        renderer.WriteText(text);
        renderer.EndParagraph();
    }
}
