using System.Text;
using PlanGen.Html;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>
/// &lt;bestuur&gt;/&lt;school&gt;/index.html: per school year its status (concept or vastgesteld, with the version),
/// the adoption and last-change dates and both documents, to read as a web page or download as PDF or
/// Word. Links are relative.
/// </summary>
internal static class SchoolPage
{
    public static string Render(SiteSchool school, SiteBoard board)
    {
        var main = new StringBuilder();
        if (school.Years.Count == 0)
        {
            main.Append("<p>Voor deze school zijn nog geen documenten gepubliceerd.</p>\n");
        }
        foreach (var year in school.Years)
        {
            var id = $"Jaar-{year.SchoolYear}";
            main.Append($"<section class=\"jaar\" aria-labelledby=\"{SiteStyle.Escape(id)}\">\n");
            main.Append($"<h2 id=\"{SiteStyle.Escape(id)}\">Schooljaar {SiteStyle.Escape(year.SchoolYear)}");
            if (year.IsConcept)
            {
                main.Append(" <span class=\"label-concept\">concept</span>");
            }
            main.Append("</h2>\n<dl class=\"gegevens\">\n");
            var status = year.IsConcept ? $"{year.StatusLabel}, nog niet vastgesteld" : year.StatusLabel;
            main.Append($"<dt>Status</dt><dd>{SiteStyle.Escape(status)}</dd>\n");
            if (year.Adopted is { } adopted)
            {
                var by = year.AdoptedBy is null ? "" : $" ({char.ToLowerInvariant(year.AdoptedBy[0])}{year.AdoptedBy[1..]})";
                main.Append($"<dt>Vastgesteld</dt><dd><time datetime=\"{Text.IsoDate(adopted)}\">{SiteStyle.Escape(Text.Date(adopted))}</time>{SiteStyle.Escape(by)}</dd>\n");
            }
            main.Append($"<dt>Laatst gewijzigd</dt><dd><time datetime=\"{Text.IsoDate(year.LastChange)}\">{SiteStyle.Escape(Text.Date(year.LastChange))}</time></dd>\n");
            main.Append("</dl>\n<div class=\"documenten\">\n");
            foreach (var document in year.Documents.Where(d => d.Files.Count > 0))
            {
                Document(main, school, year, document);
            }
            main.Append("</div>\n</section>\n");
        }
        var shell = new PageShell(
            $"Sociale veiligheid · {school.Name}",
            school.Name,
            "Sociaal veiligheidsplan en kwaliteitskaart",
            school.AccentColor,
            school.FontFamily,
            school.LogoDataUri,
            school.LogoAlt,
            SiteFooter.For(board, $"{school.Name} is een school van {board.Name}."))
        {
            Breadcrumbs = [("Alle scholen", "../../index.html"), (board.Name, "../index.html"), (school.Name, null)],
        };
        return shell.Render(main.ToString());
    }

    private static void Document(StringBuilder main, SiteSchool school, SiteYear year, SiteDocument document)
    {
        var title = year.IsConcept ? $"{document.Title} (concept)" : document.Title;
        main.Append("<article class=\"document\">\n");
        main.Append($"<h3>{SiteStyle.Escape(title)}</h3>\n");
        if (document.Html is { } page)
        {
            main.Append($"<p><a href=\"{SiteStyle.Escape(Relative(school, page))}\">{SiteStyle.Escape(document.Title)} {SiteStyle.Escape(year.SchoolYear)} online lezen</a></p>\n");
        }
        var downloads = document.Files.Where(f => f.Format != "html").ToList();
        if (downloads.Count > 0)
        {
            main.Append("<ul class=\"downloads\" aria-label=\"Downloads\">\n");
            foreach (var file in downloads)
            {
                var label = $"{document.Title} {year.SchoolYear} als {Text.FormatName(file.Format)}";
                main.Append($"<li><a href=\"{SiteStyle.Escape(Relative(school, file))}\" download>{SiteStyle.Escape(label)}</a> <span class=\"heel\">({SiteStyle.Escape(Text.Size(file.Size))})</span></li>\n");
            }
            main.Append("</ul>\n");
        }
        main.Append("</article>\n");
    }

    /// <summary>A file's path relative to the school's page (which sits in the school's folder).</summary>
    private static string Relative(SiteSchool school, SiteFile file) =>
        file.Path.StartsWith(school.Folder + "/", StringComparison.Ordinal) ? file.Path[(school.Folder.Length + 1)..] : "../../" + file.Path;
}
