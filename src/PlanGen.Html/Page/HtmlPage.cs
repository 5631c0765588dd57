using System.Globalization;
using PlanGen.Document;
using PlanGen.Html.Markdown;
using PlanGen.Html.Styles;

namespace PlanGen.Html.Page;

/// <summary>
/// Assembles the page: head with the inline stylesheet, skip link, header, TOC, main (the
/// Markdown body), footer. Everything goes through <see cref="SanitizingTextWriter"/>.
/// </summary>
internal static class HtmlPage
{
    public static string Render(RenderedDocument document)
    {
        var info = document.Info;
        var titleText = HtmlText.Escape(document.Title);
        var titleHtml = document.TitleBlock is { } title ? PlanHtmlRenderer.InlineHtml(title) : titleText;
        var kindClass = info.Kind == DocumentKind.Kwaliteitskaart ? "doc-kaart" : "doc-plan";

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
        body.Render(document.Syntax);
        body.EnsureLine();
        writer.Write("</main>\n</div>\n");
        PageFooter.Write(writer, info, document.Texts);
        writer.Write("</body>\n</html>\n");
        writer.Flush();
        return output.ToString();
    }
}
