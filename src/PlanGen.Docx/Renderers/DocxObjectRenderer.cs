using Markdig.Renderers;
using Markdig.Syntax;

namespace PlanGen.Docx.Renderers;

/// <summary>Base of every node renderer of the DOCX writer (as HtmlObjectRenderer is for HTML).</summary>
internal abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
