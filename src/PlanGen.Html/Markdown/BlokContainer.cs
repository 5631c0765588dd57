using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using PlanGen.Html.Styles;

namespace PlanGen.Html.Markdown;

/// <summary>
/// `::: blok FASE`: a coloured PDCA block, &lt;section class="blok fase-FASE"&gt;. FASE must be one
/// of the known phases (<see cref="Phase"/>); any other argument gives a block in the accent colour.
/// </summary>
internal sealed class BlokContainer : IContainerKind
{
    public string Name => "blok";

    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var phase = Phase.FromArguments(container.Arguments);
        renderer.Write("<section class=\"blok");
        if (phase is not null)
        {
            renderer.Write(" fase-").Write(phase);
        }

        renderer.WriteLine("\">");
        renderer.WriteChildren(container);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }
}
