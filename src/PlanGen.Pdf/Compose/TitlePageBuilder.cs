using PlanGen.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Compose;

/// <summary>The plan's title page: logo, title, school, school year; adoption lines at the foot.</summary>
internal static class TitlePageBuilder
{
    public static Element Build(RenderedDocument document, Theme theme, RasterImage? logo, Column lead)
    {
        var info = document.Info;
        var top = new Column();
        if (logo is not null)
        {
            top.Add(new ImageBox(logo, 170, 80, string.IsNullOrWhiteSpace(info.LogoAltText) ? $"Logo van {info.SchoolName}" : info.LogoAltText));
        }

        top.Add(new Spacer(logo is null ? 230 : 150));
        top.Add(new Rule(5, theme.Accent, 64));
        top.Add(new TextBlock([new TextSpan(document.Title, new TextStyle(30, true, false, theme.Accent))], Alignment.Left, 1.2f) { Tag = StructureTag.Heading(1) }, 18);
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            top.Add(Text(info.Subtitle, new TextStyle(14, false, false, Color.Grey), 1.3f), 6);
        }

        top.Add(Text(info.SchoolName, new TextStyle(17, true, false, Color.Black), 1.3f), 26);
        top.Add(Text($"Schooljaar {info.SchoolYear}", new TextStyle(13, false, false, Color.Grey), 1.3f), 4);
        foreach (var mark in document.Texts.Marks)
        {
            top.Add(Text(mark, new TextStyle(13, true, false, theme.Accent), 1.3f), 4);
        }
        if (lead.Count > 0)
        {
            top.Add(lead, 18);
        }

        var bottom = new Column();
        bottom.Add(new Rule(0.75f, theme.Accent.Tint(0.5f)));
        foreach (var line in info.Adoptions)
        {
            bottom.Add(Text(line, theme.Body.With(size: 9, color: Color.Grey), 1.4f), 2);
        }

        bottom.Add(Text(info.BoardName, theme.Body.With(size: 9, bold: true), 1.4f), 8);
        // Shrinks rather than lose text should a title or the adoption lines be very long.
        return new PinnedPage(new ScaleToFit(top), bottom);
    }

    private static TextBlock Text(string text, TextStyle style, float spacing) =>
        new([new TextSpan(text, style)], Alignment.Left, spacing);
}
