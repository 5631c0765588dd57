using System.Text;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>&lt;bestuur&gt;/index.html: one board's schools, in the board's colour with its logo and contact footer.</summary>
internal static class BoardPage
{
    public static string Render(SiteBoard board)
    {
        var main = new StringBuilder();
        main.Append("<p>Hier staan het sociaal veiligheidsplan en de kwaliteitskaart van iedere school van ")
            .Append(PlanGen.Html.SiteStyle.Escape(board.Name)).Append(", om online te lezen of te downloaden als PDF of Word.</p>\n");
        if (board.Schools.Count == 0)
        {
            main.Append("<p>Er zijn nog geen documenten gepubliceerd.</p>\n");
        }
        else
        {
            SchoolList.Append(main, board, "../");
        }
        var shell = new PageShell(
            $"Sociale veiligheid op onze scholen · {board.Name}",
            board.Name,
            "Sociale veiligheid op onze scholen",
            board.AccentColor,
            board.FontFamily,
            board.LogoDataUri,
            board.LogoAlt,
            SiteFooter.For(board))
        {
            Breadcrumbs = [("Alle scholen", "../index.html"), (board.Name, null)],
        };
        return shell.Render(main.ToString());
    }
}
