using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Cli;

/// <summary>Every output format the CLI knows, in the order "all" builds them. One line per writer.</summary>
public static class WriterRegistry
{
    public static IReadOnlyList<IDocumentWriter> All { get; } =
    [
        new MarkdownWriter(),
        new PlanGen.Html.HtmlWriter(new PlanGen.Pdf.PdfCardPlanner()),
        // The card's layout is measured once by the PDF engine; DOCX and HTML follow it (same number of sides).
        new PlanGen.Docx.DocxWriter(new PlanGen.Pdf.PdfCardPlanner()),
        new PlanGen.Pdf.PdfWriter(),
        // DOCX, PDF and HTML writers register here, one line each.
    ];
}
