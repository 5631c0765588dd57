using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PlanGen.Core.Output;
using PlanGen.Docx.Layout;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Assembles the package: parts with fixed relationship ids (the SDK would otherwise invent
/// random ones), then the body: cover or card banner, table of contents, content, section.
/// </summary>
internal static class DocumentBuilder
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static void Build(WordprocessingDocument word, RenderedDocument document)
    {
        var info = document.Info;
        var isCard = info.Kind == DocumentKind.Kwaliteitskaart;
        var page = isCard ? PageGeometry.LandscapeCard : PageGeometry.Portrait;
        var house = HouseStyle.From(info);

        var titleHeading = document.Syntax.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var title = titleHeading is null ? info.Title : PlainText.Of(titleHeading.Inline);
        if (string.IsNullOrWhiteSpace(title))
        {
            title = info.Title;
        }

        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(house, page, isCard, info.Language);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettings.Build(info.Language);
        HeaderFooter.AddParts(main, info, withEmptyFirstPage: !isCard);
        var logo = Logo.Embed(main, info);

        var body = new Body();
        var context = new DocxContext(info, main, house, page)
        {
            Headings = HeadingIndex.Collect(document.Syntax, titleHeading),
        };
        var renderer = new DocxRenderer(context, body) { TitleHeading = titleHeading };

        if (isCard)
        {
            CardBanner.Write(renderer, title, logo);
        }
        else
        {
            CoverPage.Write(renderer, title, logo);
            TableOfContents.Write(renderer, PageEstimate.Pages(document.Syntax, titleHeading));
        }

        renderer.Render(document.Syntax);

        // Numbering is known only after rendering: one instance per list met on the way.
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build(house.Font);
        body.AppendChild(Section.Build(page, differentFirstPage: !isCard));
        main.Document = new Document(body);

        CoreProperties.Add(word, info, title);
    }
}
