using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document.Texts;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// Header (school | document and year) and footer (board, status and edition mark | "pagina X
/// van Y" with PAGE and NUMPAGES fields), the texts every writer shares (<see cref="PageTexts"/>).
/// The plan's title page gets an empty first-page header and footer.
/// </summary>
internal static class HeaderFooter
{
    public const string HeaderId = "rIdHeader";
    public const string FooterId = "rIdFooter";
    public const string FirstHeaderId = "rIdHeaderFirst";
    public const string FirstFooterId = "rIdFooterFirst";

    public static void AddParts(MainDocumentPart main, PageTexts texts, bool withEmptyFirstPage)
    {
        main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(
            new Paragraph(Paragraphs.Styled(StyleIds.Header),
                Fields.Text(XmlText.Clean(texts.HeaderLeft)),
                new Run(new TabChar()),
                new Run(new TabChar()),
                Fields.Text(XmlText.Clean(texts.HeaderRight))));

        var footer = new Paragraph(Paragraphs.Styled(StyleIds.Footer),
            Fields.Text(XmlText.Clean(string.Join(" \u00B7 ", [texts.FooterLeft, .. texts.Marks]))),
            new Run(new TabChar()),
            new Run(new TabChar()),
            Fields.Text(PageTexts.PageWord));
        footer.Append(Fields.Simple("PAGE", "1"));
        footer.Append(Fields.Text(PageTexts.OfWord));
        footer.Append(Fields.Simple("NUMPAGES", "1"));
        main.AddNewPart<FooterPart>(FooterId).Footer = new Footer(footer);

        if (withEmptyFirstPage)
        {
            main.AddNewPart<HeaderPart>(FirstHeaderId).Header = new Header(new Paragraph());
            main.AddNewPart<FooterPart>(FirstFooterId).Footer = new Footer(new Paragraph());
        }
    }

    /// <summary>The references a section needs, in the order the schema wants them.</summary>
    public static IEnumerable<HeaderFooterReferenceType> References(bool withEmptyFirstPage)
    {
        yield return new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId };
        if (withEmptyFirstPage)
        {
            yield return new HeaderReference { Type = HeaderFooterValues.First, Id = FirstHeaderId };
        }

        yield return new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId };
        if (withEmptyFirstPage)
        {
            yield return new FooterReference { Type = HeaderFooterValues.First, Id = FirstFooterId };
        }
    }
}
