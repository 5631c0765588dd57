using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Headings keep their level (## is h2), except that the page has exactly one h1: the title
/// heading is written in the page header instead, and any other # heading becomes an h2.
/// </summary>
internal sealed class HeadingRenderer(HeadingBlock? title) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (ReferenceEquals(heading, title))
        {
            return;
        }

        var tag = "h" + (char)('0' + Math.Clamp(heading.Level, 2, 6));
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.Write('<').Write(tag);
            Ids.WriteIdAttribute(renderer, heading);
            renderer.Write('>');
        }

        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
