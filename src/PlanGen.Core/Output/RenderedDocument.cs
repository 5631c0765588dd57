using Markdig.Syntax;

namespace PlanGen.Core.Output;

/// <summary>
/// The one intermediate form every writer reads: the Markdown produced by the templates,
/// its Markdig syntax tree, and the document's metadata.
/// </summary>
public sealed record RenderedDocument(DocumentInfo Info, string Markdown, MarkdownDocument Syntax)
{
    /// <summary>Parses <paramref name="markdown"/> with the project's Markdown pipeline.</summary>
    public static RenderedDocument Create(DocumentInfo info, string markdown) =>
        new(info, markdown, PlanMarkdown.Parse(markdown));
}
