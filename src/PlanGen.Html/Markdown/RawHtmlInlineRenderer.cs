using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PlanGen.Html.Markdown;

/// <summary>Inline raw HTML (a tag in running text) is shown as escaped text; an inline comment is dropped.</summary>
internal sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (inline.Tag is { } tag && !tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            renderer.WriteEscape(tag);
        }
    }
}
