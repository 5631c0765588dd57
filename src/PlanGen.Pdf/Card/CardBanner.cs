using PlanGen.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Card;

/// <summary>The band across the top of every side: logo, title, school · bestuur · schooljaar, and status with the adoption.</summary>
internal sealed class CardBanner(DocumentInfo info, string title, RasterImage? logo, Theme theme)
{
    public void Draw(DrawContext context, float x, float y, float width)
    {
        var canvas = context.Canvas;
        var height = CardSheet.BannerHeight;
        canvas.BeginArtifact();
        canvas.FillRect(new Rect(x, y, width, height), theme.Accent);
        canvas.EndArtifact();

        var left = x + 10;
        if (logo is not null)
        {
            canvas.BeginArtifact();
            canvas.FillRect(new Rect(x + 5, y + 5, 56, height - 10), Color.White);
            canvas.EndArtifact();
            var alt = string.IsNullOrWhiteSpace(info.LogoAltText) ? $"Logo van {info.SchoolName}" : info.LogoAltText;
            var image = new ImageBox(logo, 52, height - 14, alt);
            var plan = image.Measure(new Space(52, height - 14, true));
            image.Draw(context, x + 7 + ((52 - plan.Width) / 2), y + 7 + ((height - 14 - plan.Height) / 2), new Space(52, height - 14, true));
            left = x + 70;
        }

        var white = new TextStyle(15, true, false, Color.White);
        var statusWidth = width * 0.34f;
        var textWidth = x + width - statusWidth - left - 8;
        new TextBlock([new TextSpan(title, white)], Alignment.Left, 1.15f) { Tag = StructureTag.Heading(1) }
            .Draw(context, left, y + 6, new Space(textWidth, 20, true));
        new TextBlock([new TextSpan($"{info.SchoolName} \u00B7 {info.BoardName} \u00B7 schooljaar {info.SchoolYear}", white.With(size: 9, bold: false))], Alignment.Left, 1.2f)
            .Draw(context, left, y + 27, new Space(textWidth, 14, true));

        var status = new List<TextSpan> { new(info.StatusLabel, white.With(size: 9.5f)) };
        var adoption = info.IsConcept ? "Nog niet vastgesteld" : info.Adoptions.LastOrDefault();
        var lines = new Column().Add(new TextBlock(status, Alignment.Right, 1.2f));
        if (adoption is not null)
        {
            lines.Add(new TextBlock([new TextSpan(adoption, white.With(size: 7.5f, bold: false))], Alignment.Right, 1.2f), 2);
        }

        if (info.EditionLabel is { } edition)
        {
            lines.Add(new TextBlock([new TextSpan(edition, white.With(size: 7.5f, bold: false, italic: true))], Alignment.Right, 1.2f), 1);
        }

        lines.Draw(context, x + width - statusWidth - 8, y + 6, new Space(statusWidth, height - 8, true));
    }
}
