using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Headings keep their level (## is h2). The page has exactly one h1: the title (a TitleBlock)
/// is written in the page header; a later # heading is a chapter (h2) after the dialect pass.
/// </summary>
internal sealed class HeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
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
