namespace PlanGen.Document;

/// <summary>
/// One output format (Markdown, DOCX, PDF, HTML). A writer turns one rendered document
/// into bytes; it never reads YAML and never sees templates.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The value of <c>--format</c> that selects this writer, e.g. "docx".</summary>
    string Format { get; }

    /// <summary>File extension without dot, e.g. "docx".</summary>
    string Extension { get; }

    /// <summary>Writes the document. Must be deterministic: same input, same bytes.</summary>
    void Write(RenderedDocument document, Stream output);
}
