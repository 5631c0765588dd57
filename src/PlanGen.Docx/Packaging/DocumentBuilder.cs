using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Docx.Renderers.Containers;
using PlanGen.Docx.Layout;
using PlanGen.Docx.Layout.Pagination;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Assembles the package: parts with fixed relationship ids (the SDK would otherwise invent
/// random ones), then the body: cover or card banner, table of contents, content, section.
/// </summary>
internal static class DocumentBuilder
{
    internal const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static void Build(WordprocessingDocument word, RenderedDocument document, ICardPlanner? planner)
    {
        var info = document.Info;
        var isCard = info.Kind == DocumentKind.Kwaliteitskaart;
        var page = isCard ? PageGeometry.LandscapeCard : PageGeometry.Portrait;
        var house = HouseStyle.From(document.Style);
        var title = document.Title;

        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        var styles = StyleSheet.Build(house, page, isCard, info.Language);
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
        HeaderFooter.AddParts(main, document.Texts, withEmptyFirstPage: !isCard);
        var logo = Logo.Embed(main, info.Logo);

        var body = new Body();
        var context = new DocxContext(info, document.Texts, main, house, page) { Outline = document.Outline };
        var renderer = new DocxRenderer(context, body);

        if (isCard && planner is not null && document.Syntax.OfType<Document.Nodes.CardPageBlock>().Any())
        {
            // The card's sides as the PDF engine measured them, so both have the same page count.
            CardSheets.Write(renderer, document, planner.Plan(document), title, logo);
        }
        else if (isCard)
        {
            CardBanner.Write(renderer, title, logo);
            renderer.Render(document.Syntax);
        }
        else
        {
            CoverPage.Write(renderer, title, logo);
            TableOfContents.Write(renderer);
            renderer.Render(document.Syntax);
            var layout = new PageFlow(styles, house, page).Layout(body);
            TableOfContents.FillPages(body, layout.BookmarkPages);
            layout.Keeps.Write();
        }

        // Numbering is known only after rendering: one instance per list met on the way.
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build(house.Font);
        body.AppendChild(Section.Build(page, differentFirstPage: !isCard));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        var embedsFonts = EmbeddedFonts.Add(main, house);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettings.Build(info.Language, embedsFonts);

        CoreProperties.Add(word, info, title, document.Texts.Subject);
    }
}
