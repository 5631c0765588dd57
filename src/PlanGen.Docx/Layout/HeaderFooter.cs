using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Output;
using PlanGen.Docx.Renderers;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Layout;

/// <summary>
/// Header (school | document title) and footer (schooljaar | "pagina X van Y" with PAGE and
/// NUMPAGES fields). The plan's title page gets an empty first-page header and footer.
/// </summary>
internal static class HeaderFooter
{
    public const string HeaderId = "rIdHeader";
    public const string FooterId = "rIdFooter";
    public const string FirstHeaderId = "rIdHeaderFirst";
    public const string FirstFooterId = "rIdFooterFirst";

    public static void AddParts(MainDocumentPart main, DocumentInfo info, bool withEmptyFirstPage)
    {
        main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(
            new Paragraph(Paragraphs.Styled(StyleIds.Header),
                Fields.Text(XmlText.Clean(info.SchoolName)),
                new Run(new TabChar()),
                new Run(new TabChar()),
                Fields.Text(XmlText.Clean(info.Title))));

        var footer = new Paragraph(Paragraphs.Styled(StyleIds.Footer),
            Fields.Text($"Schooljaar {XmlText.Clean(info.SchoolYear)}"),
            new Run(new TabChar()),
            new Run(new TabChar()),
            Fields.Text("pagina "));
        footer.Append(Fields.Simple("PAGE", "1"));
        footer.Append(Fields.Text(" van "));
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
