using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;
using PlanGen.Pdf.Compose;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Document;

/// <summary>
/// Everything about one document that does not depend on the drawing surface: page geometry, the
/// element tree (built fresh per pass, since elements keep their progress) and page furniture.
/// </summary>
internal sealed class DocumentLayout : IDisposable
{
    private readonly RenderedDocument document;
    private readonly Theme theme;
    private readonly RasterImage? logo;
    private readonly PageFurniture furniture;

    private DocumentLayout(RenderedDocument document)
    {
        this.document = document;
        theme = new Theme(document.Style);
        // The logo Core read once: decoded from its bytes (a bad image gives no logo, not a broken page).
        logo = document.Info.Logo is { } asset ? RasterImage.Decode(asset.Bytes) : null;
        IsCard = document.Info.Kind == DocumentKind.Kwaliteitskaart;
        Geometry = IsCard ? PageGeometry.Card : PageGeometry.Plan;
        furniture = new PageFurniture(document.Texts, theme, Geometry, header: !IsCard, firstPage: IsCard ? 1 : 2);
    }

    public bool IsCard { get; }

    public PageGeometry Geometry { get; }

    public static DocumentLayout Create(RenderedDocument document) => new(document);

    /// <summary>A fresh element tree; <paramref name="pages"/> gives the TOC its numbers (null: drawn once the pages are known).</summary>
    public (Element Root, IReadOnlyList<TocItem> Toc) Build(IReadOnlyDictionary<string, int>? pages)
    {
        if (IsCard)
        {
            return (CardBuilder.Build(document, theme, logo), []);
        }

        // Text between the title and the first chapter (a version line, a motto) belongs on the title page.
        var blocks = document.Syntax.Where(b => b is not TitleBlock and not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        var lead = blocks.TakeWhile(b => b is not HeadingBlock).ToList();
        if (!FitsOnTitlePage(lead))
        {
            lead.Clear();
        }

        var composer = new BlockComposer(theme, document.Outline, chapterPerPage: document.Style.NewPagePerChapter);
        var leadColumn = new BlockComposer(theme, document.Outline, chapterPerPage: false, Text.Alignment.Left).Compose(lead, theme.Body.With(color: Color.Grey));
        var body = composer.Compose(blocks.Skip(lead.Count), theme.Body);
        var root = new Column().Add(TitlePageBuilder.Build(document, theme, logo, leadColumn)).Add(new PageBreak());
        if (composer.Toc.Count > 0)
        {
            root.Add(TocBuilder.Build(composer.Toc, pages, theme, new Space(Geometry.ContentWidth, Geometry.ContentHeight, TopOfPage: true))).Add(new PageBreak());
        }

        return (root.Add(body), composer.Toc);
    }

    public void DrawHeader(IPageCanvas canvas, int page) => furniture.DrawHeader(canvas, page);

    public void DrawFooter(IPageCanvas canvas, int page, int total) => furniture.DrawFooter(canvas, page, total);

    public void Dispose()
    {
    }

    /// <summary>A version line or a motto belongs on the title page; anything longer opens the body.</summary>
    private static bool FitsOnTitlePage(List<Block> lead) =>
        lead.Count <= 2 && lead.All(b => b is ParagraphBlock p && (p.Inline?.Span.Length ?? 0) < 300);

}
