using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>
/// `:::: kaart-pagina`: one page of the kwaliteitskaart, a &lt;section class="kaart-pagina"&gt;
/// laid out as a CSS grid, named by its own heading.
/// </summary>
internal sealed class KaartPaginaContainer : IContainerKind
{
    public string Name => "kaart-pagina";

    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.Write("<section class=\"kaart-pagina\"");
        if (container.FirstOrDefault() is HeadingBlock heading && Ids.Of(heading) is { } id)
        {
            renderer.Write(" aria-labelledby=\"").WriteEscape(id).Write('"');
        }

        renderer.WriteLine(">");
        renderer.WriteChildren(container);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }
}
