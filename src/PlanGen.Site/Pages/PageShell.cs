using System.Text;
using PlanGen.Html;

namespace PlanGen.Site.Pages;

/// <summary>
/// The frame of every site page, in the document pages' house style: lang="nl", skip link,
/// header with the one h1, optional breadcrumb nav, main, footer. No scripts, no external files.
/// </summary>
internal sealed record PageShell(string Title, string Heading, string? Lead, string AccentColor, string? FontFamily, string? LogoDataUri, string? LogoAlt, string FooterHtml)
{
    public const string MainId = "Inhoud";

    /// <summary>Breadcrumb links (text, relative href) ending with the current page (href null).</summary>
    public IReadOnlyList<(string Text, string? Href)> Breadcrumbs { get; init; } = [];

    /// <summary>Rules of this page only (already safe CSS), after the shared ones.</summary>
    public string ExtraCss { get; init; } = "";

    public string Render(string mainHtml)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"color-scheme\" content=\"light\">\n<meta name=\"generator\" content=\"PlanGen\">\n");
        html.Append("<title>").Append(SiteStyle.Escape(Title)).Append("</title>\n");
        html.Append("<style>\n").Append(SiteStyle.Css(AccentColor, FontFamily)).Append(SiteCss.Text).Append(ExtraCss).Append("</style>\n</head>\n");
        html.Append("<body class=\"site\">\n");
        html.Append("<a class=\"skiplink\" href=\"#").Append(MainId).Append("\">Naar de inhoud</a>\n");
        html.Append("<header class=\"kop\">\n<div class=\"kop-binnen\">\n");
        if (LogoDataUri is { } logo)
        {
            html.Append("<img class=\"logo\" src=\"").Append(SiteStyle.Escape(logo)).Append("\" alt=\"").Append(SiteStyle.Escape(LogoAlt)).Append("\">\n");
        }
        html.Append("<div class=\"kop-tekst\">\n<h1>").Append(SiteStyle.Escape(Heading)).Append("</h1>\n");
        if (Lead is not null)
        {
            html.Append("<p class=\"ondertitel\">").Append(SiteStyle.Escape(Lead)).Append("</p>\n");
        }
        html.Append("</div>\n</div>\n</header>\n<div class=\"pagina\">\n");
        if (Breadcrumbs.Count > 0)
        {
            html.Append("<nav class=\"kruimelpad\" aria-label=\"Kruimelpad\">\n<ol>\n");
            foreach (var (text, href) in Breadcrumbs)
            {
                html.Append(href is null
                    ? $"<li><span aria-current=\"page\">{SiteStyle.Escape(text)}</span></li>\n"
                    : $"<li><a href=\"{SiteStyle.Escape(href)}\">{SiteStyle.Escape(text)}</a></li>\n");
            }
            html.Append("</ol>\n</nav>\n");
        }
        html.Append("<main id=\"").Append(MainId).Append("\" tabindex=\"-1\">\n").Append(mainHtml).Append("</main>\n</div>\n");
        html.Append("<footer class=\"voet\">\n<div class=\"voet-binnen\">\n").Append(FooterHtml).Append("</div>\n</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
