using System.Text;
using PlanGen.Html;
using PlanGen.Site.Model;

namespace PlanGen.Site.Pages;

/// <summary>
/// The footer of a board's pages: who publishes (name, address, phone, e-mail, website) and the links a
/// Dutch school site owes its visitors: the privacy statement and the accessibility statement
/// (toegankelijkheidsverklaring), all from bestuur.yaml. Missing details are left out.
/// </summary>
internal static class SiteFooter
{
    public static string For(SiteBoard board, string? lead = null)
    {
        var html = new StringBuilder();
        if (lead is not null)
        {
            html.Append("<p>").Append(SiteStyle.Escape(lead)).Append("</p>\n");
        }
        var contact = board.Contact;
        html.Append("<address class=\"contact\">\n<p><strong>").Append(SiteStyle.Escape(board.Name)).Append("</strong>");
        var lines = new List<string>();
        if (contact.Address is { } address)
        {
            lines.Add(SiteStyle.Escape(address));
        }
        if (contact.Phone is { } phone)
        {
            lines.Add($"Telefoon: <a href=\"tel:{SiteStyle.Escape(new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray()))}\">{SiteStyle.Escape(phone)}</a>");
        }
        if (contact.Email is { } email)
        {
            lines.Add($"E-mail: <a href=\"mailto:{SiteStyle.Escape(email.Trim())}\">{SiteStyle.Escape(email.Trim())}</a>");
        }
        if (contact.Website is { } website)
        {
            lines.Add($"Website: <a href=\"{SiteStyle.Escape(website)}\">{SiteStyle.Escape(Display(website))}</a>");
        }
        foreach (var line in lines)
        {
            html.Append("<br>\n").Append(line);
        }
        html.Append("</p>\n</address>\n");
        var links = new List<string>();
        if (contact.Privacy is { } privacy)
        {
            links.Add($"<li><a href=\"{SiteStyle.Escape(privacy)}\">Privacyverklaring</a></li>");
        }
        if (contact.Accessibility is { } accessibility)
        {
            links.Add($"<li><a href=\"{SiteStyle.Escape(accessibility)}\">Toegankelijkheidsverklaring</a></li>");
        }
        if (links.Count > 0)
        {
            html.Append("<ul class=\"voet-links\" aria-label=\"Verklaringen\">\n").Append(string.Join('\n', links)).Append("\n</ul>\n");
        }
        return html.ToString();
    }

    /// <summary>The footer of the combined index: every board's name with its own footer details is on its own page.</summary>
    public static string Combined(SiteModel site) =>
        site.Boards.Count == 0 ? "<p>Gemaakt met PlanGen.</p>\n" : string.Concat(site.Boards.Select(b => For(b)));

    private static string Display(string url) => url.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/');
}
