using DocumentFormat.OpenXml.Packaging;
using PlanGen.Document;
using PlanGen.Document.Texts;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Document-wide state shared by all node renderers: the package parts, the house style, and
/// counters that must produce the same ids on every build (relationship ids, bookmarks, drawings).
/// </summary>
internal sealed class DocxContext(DocumentInfo info, PageTexts texts, MainDocumentPart mainPart, HouseStyle house, PageGeometry page)
{
    private readonly Dictionary<string, string> hyperlinkIds = new(StringComparer.Ordinal);

    public DocumentInfo Info { get; } = info;

    /// <summary>The shared Dutch page texts (header, footer, subject, alt text, status and edition mark).</summary>
    public PageTexts Texts { get; } = texts;

    public MainDocumentPart MainPart { get; } = mainPart;

    public HouseStyle House { get; } = house;

    public PageGeometry Page { get; } = page;

    public bool IsCard => Info.Kind == DocumentKind.Kwaliteitskaart;

    public ListNumbering Numbering { get; } = new();

    /// <summary>Every heading with its anchor, known before rendering: the TOC (which comes first) and #links point to later headings.</summary>
    public required Outline Outline { get; init; }

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
