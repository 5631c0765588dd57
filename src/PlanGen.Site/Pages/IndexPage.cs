using System.Text;
using PlanGen.Html;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>index.html: the board(s) and their schools, each linking to the school's page.</summary>
internal static class IndexPage
{
    public const string Path = "index.html";

    public static string Render(SiteModel site)
    {
        var single = site.Boards.Count == 1 ? site.Boards[0] : null;
        var first = site.Schools.FirstOrDefault();
        var heading = "Sociale veiligheid op onze scholen";
        var main = new StringBuilder();
        main.Append("<p>Hier staan het sociaal veiligheidsplan en de kwaliteitskaart van iedere school, om online te lezen of te downloaden als PDF, Word of Markdown.</p>\n");
        if (site.Boards.Count == 0)
        {
            main.Append("<p>Er zijn nog geen documenten gepubliceerd.</p>\n");
        }
        foreach (var board in site.Boards)
        {
            var id = $"Bestuur-{board.Id}";
            main.Append($"<section class=\"bestuur\" aria-labelledby=\"{SiteStyle.Escape(id)}\">\n");
            main.Append($"<h2 id=\"{SiteStyle.Escape(id)}\">{SiteStyle.Escape(board.Name)}</h2>\n");
            main.Append("<ul class=\"scholen\">\n");
            foreach (var school in board.Schools)
            {
                main.Append("<li>\n<h3><a href=\"").Append(SiteStyle.Escape(school.PagePath)).Append("\">").Append(SiteStyle.Escape(school.Name)).Append("</a></h3>\n");
                var details = new List<string>();
                if (school.Place is not null)
                {
                    details.Add(SiteStyle.Escape(school.Place));
                }
                if (school.Years.Count > 0)
                {
                    details.Add((school.Years.Count == 1 ? "schooljaar " : "schooljaren ")
                        + string.Join(", ", school.Years.Select(y => $"<span class=\"heel\">{SiteStyle.Escape(y.SchoolYear)}</span>")));
                }
                main.Append("<p>").Append(string.Join(" · ", details)).Append("</p>\n</li>\n");
            }
            main.Append("</ul>\n</section>\n");
        }
        var footer = single is null ? "Gemaakt met PlanGen." : $"Scholen van {single.Name}. Gemaakt met PlanGen.";
        var shell = new PageShell(
            single is null ? heading : $"{heading} · {single.Name}",
            heading,
            single?.Name,
            first?.AccentColor ?? "#1B5E20",
            first?.FontFamily,
            null,
            null,
            footer);
        return shell.Render(main.ToString());
    }
}
