using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// The card has no cover: its title, school and year sit in a band at the top of the first page,
/// with the logo on the right, so the blocks still fit on the page.
/// </summary>
internal static class CardBanner
{
    private const int LogoColumn = 2835;   // 5 cm

    public static void Write(DocxRenderer renderer, string title, LogoAsset? logo)
    {
        var info = renderer.Context.Info;
        var width = renderer.AvailableWidth;
        var textWidth = logo is null ? width : width - LogoColumn;
        var textCell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = $"{textWidth}", Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        });
        var row = new TableRow(textCell);
        var grid = new TableGrid(new GridColumn { Width = $"{textWidth}" });

        renderer.PushContainer(textCell, textWidth);
        // Compact lines (no style spacing): the page is for the blocks; the PDF's banner is as low.
        Line(renderer, StyleIds.Title, title, 32, after: 40);
        // The card's theme is usually part of its title already; say it once.
        var subtitle = string.IsNullOrWhiteSpace(info.Subtitle) || title.Contains(info.Subtitle, StringComparison.OrdinalIgnoreCase) ? "" : $"{info.Subtitle} \u00B7 ";
        Line(renderer, StyleIds.Subtitle, string.Join(" \u00B7 ", [$"{subtitle}{info.SchoolName} \u00B7 schooljaar {info.SchoolYear}", .. renderer.Context.Texts.Marks]), 18, after: 20);
        if (info.Adoptions.Count > 0)
        {
            Line(renderer, StyleIds.TitlePageMeta, string.Join(" \u00B7 ", info.Adoptions), 15, after: 0);
        }
        renderer.PopContainer();

        if (logo is not null)
        {
            grid.AppendChild(new GridColumn { Width = $"{LogoColumn}" });
            row.AppendChild(new TableCell(
                new TableCellProperties
                {
                    TableCellWidth = new TableCellWidth { Width = $"{LogoColumn}", Type = TableWidthUnitValues.Dxa },
                    TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
                },
                new Paragraph(
                    new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Right } },
                    new Run(Logo.Inline(logo, renderer.Context.Texts.LogoAltText, maxWidthCm: 4, maxHeightCm: 1.4, renderer.Context.NextDrawingId++)))));
        }

        renderer.AppendBlock(new Table(
            new TableProperties(
                new TableWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid,
            row));
        renderer.AppendBlock(Paragraphs.TableSpacer());
    }

    private static void Line(DocxRenderer renderer, string style, string text, int halfPoints, int after)
    {
        var properties = Paragraphs.Styled(style);
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = $"{after}" };
        renderer.PushFormat(renderer.Format with { HalfPoints = halfPoints });
        renderer.BeginParagraph(properties);
        renderer.WriteText(text);
        renderer.EndParagraph();
        renderer.PopFormat();
    }
}
