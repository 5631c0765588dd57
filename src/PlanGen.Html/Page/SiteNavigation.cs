namespace PlanGen.Html.Page;

/// <summary>
/// On a published page (<c>plangen publish</c>): a nav with the way back to the school's page and the same
/// document as PDF and Word (<see cref="PlanGen.Document.DocumentInfo.SiteLinks"/>). Nothing outside the site.
/// </summary>
internal static class SiteNavigation
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Text, string Href)> links)
    {
        if (links.Count == 0)
        {
            return;
        }
        writer.Write("<nav class=\"kruimelpad\" aria-label=\"Deze pagina op de site\">\n<ul>\n");
        foreach (var (text, href) in links)
        {
            writer.Write($"<li><a href=\"{HtmlText.Escape(href)}\">{HtmlText.Escape(text)}</a></li>\n");
        }
        writer.Write("</ul>\n</nav>\n");
    }
}
