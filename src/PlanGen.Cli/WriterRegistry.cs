using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Cli;

/// <summary>
/// Every output format the CLI knows, in the order "all" builds them. One line per writer. A writer is
/// created, and its assembly (OpenXML, HarfBuzz, ...) loaded, only when a command asks for its format:
/// `validate`, `--help` or `build --format md` never pay for the DOCX and PDF writers' start-up.
/// </summary>
public static class WriterRegistry
{
    private static readonly (string Format, Lazy<IDocumentWriter> Writer)[] Entries =
    [
        ("md", new(() => new MarkdownWriter())),
        // The card's layout is measured once by the PDF engine; DOCX and HTML follow it (same number of sides).
        ("html", new(() => new PlanGen.Html.HtmlWriter(new PlanGen.Pdf.PdfCardPlanner()))),
        ("docx", new(() => new PlanGen.Docx.DocxWriter(new PlanGen.Pdf.PdfCardPlanner()))),
        ("pdf", new(() => new PlanGen.Pdf.PdfWriter())),
    ];

    /// <summary>The format names ("md", "html", "docx", "pdf"), without creating any writer.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Entries.Select(e => e.Format)];

    /// <summary>All writers (creates each one the first time).</summary>
    public static IReadOnlyList<IDocumentWriter> All => For(Formats);

    /// <summary>The writers of these formats, in registry order; unknown names are ignored.</summary>
    public static IReadOnlyList<IDocumentWriter> For(IEnumerable<string> formats)
    {
        var wanted = formats.ToHashSet(StringComparer.Ordinal);
        return [.. Entries.Where(e => wanted.Contains(e.Format)).Select(e => e.Writer.Value)];
    }
}
