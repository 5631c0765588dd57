using System.Text;
using PlanGen.Document;
using PlanGen.Html.Page;

namespace PlanGen.Html;

/// <summary>
/// Writes one self-contained, accessible HTML page per document (inline CSS, no scripts,
/// no external assets). See docs/html.md for the layout and the safety rules.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string Extension => "html";

    public void Write(RenderedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8NoBom.GetBytes(Render(document)));
    }

    /// <summary>The page as a string; the same bytes <see cref="Write"/> emits, before UTF-8 encoding.</summary>
    public static string Render(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HtmlPage.Render(document);
    }
}
