using System.Globalization;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Document.Nodes;
using PlanGen.Html.Markdown;
using PlanGen.Html.Styles;

namespace PlanGen.Html.Page;

/// <summary>
/// Assembles the page: head with the inline stylesheet, skip link, header, TOC, main (the
/// Markdown body), footer. Everything goes through <see cref="SanitizingTextWriter"/>.
/// </summary>
internal static class HtmlPage
{
    public static string Render(RenderedDocument document, ICardPlanner? planner = null)
    {
        var info = document.Info;
        var titleText = HtmlText.Escape(document.Title);
        var titleHtml = document.TitleBlock is { } title ? PlanHtmlRenderer.InlineHtml(title) : titleText;
        // The card as the PDF engine's sides, so it prints on as many sheets as the PDF has.
        var plan = info.Kind == DocumentKind.Kwaliteitskaart && planner is not null && document.Syntax.OfType<CardPageBlock>().Any() ? planner.Plan(document) : null;
        var kindClass = info.Kind == DocumentKind.Kwaliteitskaart ? (plan is null ? "doc-kaart" : "doc-kaart kaart-gepland") : "doc-plan";

        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var writer = new SanitizingTextWriter(output);
        writer.Write($"<!DOCTYPE html>\n<html lang=\"{LanguageTag.Primary(info.Language)}\">\n<head>\n");
        writer.Write("<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta name=\"color-scheme\" content=\"light\">\n");
        writer.Write("<meta name=\"generator\" content=\"PlanGen\">\n");
        if (info.Keywords.Count > 0)
        {
            writer.Write($"<meta name=\"keywords\" content=\"{HtmlText.Escape(string.Join(", ", info.Keywords))}\">\n");
        }

        writer.Write($"<meta name=\"description\" content=\"{HtmlText.Escape(document.Texts.Subject)}\">\n");
        writer.Write($"<title>{titleText} · {HtmlText.Escape(info.SchoolName)} · {HtmlText.Escape(info.SchoolYear)}</title>\n");
        writer.Write("<style>\n");
        writer.Write(StyleSheet.Build(document.Style, info.Kind));
        writer.Write("</style>\n</head>\n");
        writer.Write($"<body class=\"{kindClass}\">\n");
        writer.Write($"<a class=\"skiplink\" href=\"#{Ids.Main}\">Naar de inhoud</a>\n");
        PageHeader.Write(writer, info, document.Texts, titleHtml);
        SiteNavigation.Write(writer, info.SiteLinks);
        writer.Write("<div class=\"pagina\">\n");
        TableOfContents.Write(writer, TableOfContents.Collect(document.Outline));
        writer.Write($"<main id=\"{Ids.Main}\" tabindex=\"-1\">\n");
        var body = PlanHtmlRenderer.Create(writer);
        if (plan is not null)
        {
            CardSides.Write(writer, body, document, plan);
            // Anything else the template wrote (rare) still reaches the reader, after the card.
            foreach (var block in document.Syntax.Where(b => b is not (TitleBlock or CardPageBlock or PartnersBlock or PageBreakBlock)))
            {
                body.Write(block);
            }
        }
        else
        {
            body.Render(document.Syntax);
        }

        body.EnsureLine();
        writer.Write("</main>\n</div>\n");
        PageFooter.Write(writer, info, document.Texts);
        writer.Write("</body>\n</html>\n");
        writer.Flush();
        return output.ToString();
    }
}
