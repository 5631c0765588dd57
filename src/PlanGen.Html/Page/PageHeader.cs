using System.Text;
using PlanGen.Document;
using PlanGen.Document.Texts;

namespace PlanGen.Html.Page;

/// <summary>The &lt;header&gt;: logo, school name, the page's one h1, subtitle, school year, adoption lines.</summary>
internal static class PageHeader
{
    public static void Write(TextWriter writer, DocumentInfo info, PageTexts texts, string titleHtml)
    {
        var html = new StringBuilder();
        html.Append("<header class=\"kop\">\n<div class=\"kop-binnen\">\n");
        if (LogoImage.DataUri(info.Logo) is { } logo)
        {
            html.Append("<img class=\"logo\" src=\"").Append(logo).Append("\" alt=\"").Append(HtmlText.Escape(texts.LogoAltText)).Append("\">\n");
        }

        html.Append("<div class=\"kop-tekst\">\n");
        html.Append("<p class=\"school\">").Append(HtmlText.Escape(info.SchoolName)).Append("</p>\n");
        html.Append("<h1>").Append(titleHtml).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            html.Append("<p class=\"ondertitel\">").Append(HtmlText.Escape(info.Subtitle)).Append("</p>\n");
        }

        html.Append("<p class=\"schooljaar\">Schooljaar ").Append(HtmlText.Escape(info.SchoolYear)).Append("</p>\n");
        foreach (var mark in texts.Marks)
        {
            html.Append("<p class=\"status\">").Append(HtmlText.Escape(mark)).Append("</p>\n");
        }

        if (info.Adoptions.Count > 0)
        {
            html.Append("<ul class=\"vaststelling\">\n");
            foreach (var line in info.Adoptions)
            {
                html.Append("<li>").Append(HtmlText.Escape(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</div>\n</div>\n</header>\n");
        writer.Write(html.ToString());
    }
}
