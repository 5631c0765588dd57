using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Document.Card;

namespace PlanGen.Cli;

/// <summary>
/// Every output format the CLI knows, in the order "all" builds them. One line per writer. A writer is
/// created, and its assembly (OpenXML, HarfBuzz, ...) loaded, only when a command asks for its format:
/// `validate`, `--help` or `build --format md` never pay for the DOCX and PDF writers' start-up.
/// </summary>
public static class WriterRegistry
{
    // The card's layout is measured by the PDF engine, once per document for DOCX and HTML together (same number of sides).
    private static readonly Lazy<ICardPlanner> CardPlanner = new(() => new SharedCardPlanner(new PlanGen.Pdf.PdfCardPlanner()));

    private static readonly (string Format, Lazy<IDocumentWriter> Writer)[] Entries =
    [
        ("md", new(() => new MarkdownWriter())),
        ("html", new(() => new PlanGen.Html.HtmlWriter(CardPlanner.Value))),
        ("docx", new(() => new PlanGen.Docx.DocxWriter(CardPlanner.Value))),
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
