using System.Text;
using System.Xml;
using PlanGen.Site.Model;
using PlanGen.Site.Pages;

namespace PlanGen.Site.Feeds;

/// <summary>
/// sitemap.xml: every page of the site (index, board pages, school pages, document pages) with its last change.
/// With a base address the locations are absolute, as the sitemap protocol asks; without one they
/// are relative to the site root.
/// </summary>
internal static class Sitemap
{
    public const string Path = "sitemap.xml";

    public static byte[] Render(SiteModel site, string? baseUrl)
    {
        var prefix = string.IsNullOrWhiteSpace(baseUrl) ? "" : baseUrl.TrimEnd('/') + "/";
        var entries = new List<(string Location, DateOnly? Modified)>
        {
            (IndexPage.Path, site.Schools.SelectMany(s => s.Years).Select(y => (DateOnly?)y.LastChange).Max()),
        };
        foreach (var board in site.Boards)
        {
            entries.Add((board.PagePath, board.Schools.SelectMany(s => s.Years).Select(y => (DateOnly?)y.LastChange).Max()));
        }
        foreach (var school in site.Schools)
        {
            entries.Add((school.PagePath, school.Years.Select(y => (DateOnly?)y.LastChange).Max()));
            entries.AddRange(school.Years.SelectMany(y => y.Documents
                .Where(d => d.Html is not null)
                .Select(d => (d.Html!.Path, (DateOnly?)y.LastChange))));
        }
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (location, modified) in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", prefix + location);
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", Text.IsoDate(date));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
