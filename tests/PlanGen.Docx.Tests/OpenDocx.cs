using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Tests;

/// <summary>A written .docx opened read-only, with short-cuts to the parts the tests look at.</summary>
internal sealed class OpenDocx : IDisposable
{
    private readonly WordprocessingDocument word;

    public OpenDocx(byte[] bytes) => word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    public static OpenDocx Of(PlanGen.Document.RenderedDocument document) => new(TestDocuments.WriteDocx(document));

    public WordprocessingDocument Package => word;

    public MainDocumentPart Main => word.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public IEnumerable<Paragraph> Paragraphs => Body.Descendants<Paragraph>();

    public IEnumerable<Paragraph> WithStyle(string styleId) =>
        Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    public IEnumerable<string> TextsWithStyle(string styleId) => WithStyle(styleId).Select(TextOf);

    /// <summary>The paragraph's text; a w:noBreakHyphen reads as the hyphen it shows.</summary>
    public static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants()
        .Select(e => e switch { Text t => t.Text, NoBreakHyphen => "-", _ => "" }));

    public Style? Style(string styleId) =>
        Main.StyleDefinitionsPart!.Styles!.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);

    public void Dispose() => word.Dispose();
}
