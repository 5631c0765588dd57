using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using PlanGen.Document;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Links pass <see cref="UrlPolicy"/> or become their text. Images are never loaded (the page
/// has no external assets): an image shows its alternative text.
/// </summary>
internal sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (link.IsImage || !renderer.EnableHtmlForInline || !UrlPolicy.IsAllowed(url))
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        // The text is the address itself: print does not repeat it after the link (BaseCss).
        var text = PlainText.Of(link);
        if (link.IsAutoLink || text == url || "mailto:" + text == url)
        {
            renderer.Write(" class=\"adres\"");
        }

        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
