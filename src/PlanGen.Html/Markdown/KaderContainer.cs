using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace PlanGen.Html.Markdown;

/// <summary>`::: kader`: a callout box, as &lt;aside class="kader"&gt;.</summary>
internal sealed class KaderContainer : IContainerKind
{
    public string Name => "kader";

    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.WriteLine("<aside class=\"kader\">");
        renderer.WriteChildren(container);
        renderer.EnsureLine();
        renderer.WriteLine("</aside>");
    }
}
