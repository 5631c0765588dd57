using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PlanGen.Html.Markdown;

/// <summary>CommonMark autolinks (&lt;https://...&gt;, &lt;naam@school.example&gt;) under <see cref="UrlPolicy"/>.</summary>
internal sealed class AutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (!renderer.EnableHtmlForInline || !UrlPolicy.IsAllowed(url))
        {
            renderer.WriteEscape(autolink.Url);
            return;
        }

        // class "adres": the text is the address, so print does not repeat it after the link.
        renderer.Write("<a class=\"adres\" href=\"").WriteEscapeUrl(url).Write("\">");
        renderer.Write(LiteralRenderer.BreakableAddress(autolink.Url));
        renderer.Write("</a>");
    }
}
