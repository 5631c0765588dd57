using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>Code blocks as escaped &lt;pre&gt;&lt;code&gt;; the fence's info string is not turned into a class.</summary>
internal sealed class CodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<pre><code>");
        }

        renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("</code></pre>");
        }
    }
}
