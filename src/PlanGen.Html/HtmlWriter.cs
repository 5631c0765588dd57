using System.Text;
using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Html.Page;

namespace PlanGen.Html;

/// <summary>
/// Writes one self-contained, accessible HTML page per document (inline CSS, no scripts,
/// no external assets). See docs/html.md for the layout and the safety rules.
/// </summary>
/// <param name="cardPlanner">Lays out the kwaliteitskaart's sides (the PDF engine's, handed in by the CLI); without it the card is a grid of blocks.</param>
public sealed class HtmlWriter(ICardPlanner? cardPlanner = null) : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string Extension => "html";

    public void Write(RenderedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8NoBom.GetBytes(HtmlPage.Render(document, cardPlanner)));
    }

    /// <summary>The page as a string; the same bytes <see cref="Write"/> emits, before UTF-8 encoding.</summary>
    public static string Render(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HtmlPage.Render(document);
    }
}
