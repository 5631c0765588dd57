using System.Text;
using PlanGen.Html;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>A board's schools as cards: name (linking to the school's page), place and school years, a concept marked as such.</summary>
internal static class SchoolList
{
    /// <param name="prefix">From the page that shows the list to the site root ("" or "../").</param>
    public static void Append(StringBuilder main, SiteBoard board, string prefix)
    {
        main.Append("<ul class=\"scholen\">\n");
        foreach (var school in board.Schools)
        {
            main.Append("<li>\n<h3><a href=\"").Append(SiteStyle.Escape(prefix + school.PagePath)).Append("\">").Append(SiteStyle.Escape(school.Name)).Append("</a></h3>\n");
            var details = new List<string>();
            if (school.Place is not null)
            {
                details.Add(SiteStyle.Escape(school.Place));
            }
            if (school.Years.Count > 0)
            {
                details.Add((school.Years.Count == 1 ? "schooljaar " : "schooljaren ")
                    + string.Join(", ", school.Years.Select(y => $"<span class=\"heel\">{SiteStyle.Escape(y.SchoolYear)}{(y.IsConcept ? " (concept)" : "")}</span>")));
            }
            main.Append("<p>").Append(string.Join(" · ", details)).Append("</p>\n</li>\n");
        }
        main.Append("</ul>\n");
    }
}
