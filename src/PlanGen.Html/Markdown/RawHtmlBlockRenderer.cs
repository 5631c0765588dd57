using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Raw HTML blocks are never passed through: the source is shown as escaped text in a &lt;pre&gt;.
/// A block that is only an HTML comment is dropped, since a comment shows nothing either way.
/// </summary>
internal sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (IsOnlyComment(block))
        {
            return;
        }

        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<pre class=\"ruwe-html\">");
        }

        renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("</pre>");
        }
    }

    private static bool IsOnlyComment(HtmlBlock block)
    {
        if (block.Type != HtmlBlockType.Comment)
        {
            return false;
        }

        var text = block.Lines.ToString().Trim();
        return text.StartsWith("<!--", StringComparison.Ordinal)
            && text.EndsWith("-->", StringComparison.Ordinal)
            && text.IndexOf("-->", StringComparison.Ordinal) == text.Length - 3;
    }
}
