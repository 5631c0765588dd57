using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Document;
using PlanGen.Docx.Packaging;

namespace PlanGen.Docx;

/// <summary>
/// Writes a rendered document as a Word file: Word's built-in styles, title page or card banner,
/// a real table of contents, header and footer with page numbers. Same input, same bytes.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    public string Format => "docx";

    public string Extension => "docx";

    public void Write(RenderedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            DocumentBuilder.Build(word, document);
        }

        package.Position = 0;
        DeterministicZip.Rewrite(package, output, document.Info.Timestamp);
    }
}
