using DocumentFormat.OpenXml.Packaging;
using PlanGen.Core.Output;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Document-wide state shared by all node renderers: the package parts, the house style, and
/// counters that must produce the same ids on every build (relationship ids, bookmarks, drawings).
/// </summary>
internal sealed class DocxContext(DocumentInfo info, MainDocumentPart mainPart, HouseStyle house, PageGeometry page)
{
    private readonly Dictionary<string, string> hyperlinkIds = new(StringComparer.Ordinal);

    public DocumentInfo Info { get; } = info;

    public MainDocumentPart MainPart { get; } = mainPart;

    public HouseStyle House { get; } = house;

    public PageGeometry Page { get; } = page;

    public bool IsCard => Info.Kind == DocumentKind.Kwaliteitskaart;

    public ListNumbering Numbering { get; } = new();

    /// <summary>Heading bookmarks by Markdig's auto identifier, filled before rendering for the TOC and #links.</summary>
    public HeadingIndex Headings { get; set; } = HeadingIndex.Empty;

    public uint NextDrawingId { get; set; } = 1;

    /// <summary>One external relationship per distinct target, with an id that depends only on order of appearance.</summary>
    public string HyperlinkRelationshipId(Uri target)
    {
        var key = target.OriginalString;
        if (!hyperlinkIds.TryGetValue(key, out var id))
        {
            id = $"rIdLink{hyperlinkIds.Count + 1}";
            MainPart.AddHyperlinkRelationship(target, isExternal: true, id);
            hyperlinkIds.Add(key, id);
        }

        return id;
    }
}
