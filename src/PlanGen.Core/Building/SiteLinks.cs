using PlanGen.Document;
using PlanGen.Core.Output;

namespace PlanGen.Core.Building;

/// <summary>
/// The links a published document page carries (see <see cref="DocumentInfo.SiteLinks"/>): back to the
/// school's page one folder up (&lt;bestuur&gt;/&lt;school&gt;/index.html), and the same document in every other
/// format the site offers, side by side in the year folder.
/// </summary>
public static class SiteLinks
{
    /// <summary>Formats offered as downloads, in this order, with their names on the link.</summary>
    private static readonly (string Extension, string Name)[] Downloads = [("pdf", "PDF"), ("docx", "Word (DOCX)")];

    public static DocumentInfo Add(DocumentInfo info, IEnumerable<string> extensions)
    {
        var written = extensions.ToHashSet(StringComparer.Ordinal);
        var links = new List<(string Text, string Href)> { ($"Terug naar de pagina van {info.SchoolName}", "../index.html") };
        links.AddRange(Downloads.Where(d => written.Contains(d.Extension)).Select(d => ($"{info.Title} downloaden als {d.Name}", $"{info.FileName}.{d.Extension}")));
        return info with { SiteLinks = links };
    }
}
