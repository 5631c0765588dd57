using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Docx.Packaging;

namespace PlanGen.Docx;

/// <summary>
/// Writes a rendered document as a Word file: Word's built-in styles, title page or card banner,
/// a real table of contents, header and footer with page numbers. Same input, same bytes.
/// </summary>
/// <param name="cardPlanner">Lays out the kwaliteitskaart's sides (the PDF engine's, handed in by the CLI); without it each card page flows as a grid.</param>
public sealed class DocxWriter(ICardPlanner? cardPlanner = null) : IDocumentWriter
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
            // Stored, not deflated: DeterministicZip reads every part back and compresses it once, for the file.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            DocumentBuilder.Build(word, document, cardPlanner);
        }

        package.Position = 0;
        DeterministicZip.Rewrite(package, output, document.Info.Timestamp);
    }
}
