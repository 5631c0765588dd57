using System.Text;
using PlanGen.Html;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>index.html: every board published in this site folder, each in its colour with its logo, its schools and a link to its own page.</summary>
internal static class IndexPage
{
    public const string Path = "index.html";

    public static string Render(SiteModel site)
    {
        var single = site.Boards.Count == 1 ? site.Boards[0] : null;
        var heading = "Sociale veiligheid op onze scholen";
        var main = new StringBuilder();
        main.Append("<p>Hier staan het sociaal veiligheidsplan en de kwaliteitskaart van iedere school, om online te lezen of te downloaden als PDF of Word.</p>\n");
        if (site.Boards.Count == 0)
        {
            main.Append("<p>Er zijn nog geen documenten gepubliceerd.</p>\n");
        }
        // Each board's colour by class, not a style attribute: the pages carry no inline styles.
        var colours = new StringBuilder();
        foreach (var (board, number) in site.Boards.Select((b, i) => (b, i + 1)))
        {
            var id = $"Bestuur-{board.Id}";
            colours.Append($".bestuur-{number}{{--bestuur:{board.AccentColor}}}\n");
            main.Append($"<section class=\"bestuur bestuur-{number}\" aria-labelledby=\"{SiteStyle.Escape(id)}\">\n");
            main.Append("<div class=\"bestuur-kop\">\n");
            if (board.LogoDataUri is { } logo)
            {
                main.Append($"<img class=\"bestuur-logo\" src=\"{SiteStyle.Escape(logo)}\" alt=\"{SiteStyle.Escape(board.LogoAlt)}\">\n");
            }
            main.Append($"<h2 id=\"{SiteStyle.Escape(id)}\"><a href=\"{SiteStyle.Escape(board.PagePath)}\">{SiteStyle.Escape(board.Name)}</a></h2>\n</div>\n");
            SchoolList.Append(main, board, "");
            main.Append("</section>\n");
        }
        var shell = new PageShell(
            single is null ? heading : $"{heading} · {single.Name}",
            heading,
            single?.Name,
            single?.AccentColor ?? "#37474F",
            single?.FontFamily,
            single?.LogoDataUri,
            single?.LogoAlt,
            SiteFooter.Combined(site))
        {
            ExtraCss = colours.ToString(),
        };
        return shell.Render(main.ToString());
    }
}
