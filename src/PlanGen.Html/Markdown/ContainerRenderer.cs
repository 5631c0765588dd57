using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Custom containers (`::: name`) go to the renderer for their name (kader, kaart-pagina, blok);
/// an unknown name becomes a plain &lt;div&gt;. The container's name and arguments never reach the
/// page as attribute values: only fixed class names do.
/// </summary>
internal sealed class ContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    private static readonly IReadOnlyDictionary<string, IContainerKind> Kinds =
        new IContainerKind[] { new KaderContainer(), new KaartPaginaContainer(), new BlokContainer() }
            .ToDictionary(kind => kind.Name, StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(container);
            return;
        }

        renderer.EnsureLine();
        var name = container.Info?.Trim().ToLowerInvariant() ?? "";
        if (Kinds.TryGetValue(name, out var kind))
        {
            kind.Write(renderer, container);
        }
        else
        {
            renderer.WriteLine("<div class=\"container\">");
            renderer.WriteChildren(container);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}

/// <summary>One named kind of custom container.</summary>
internal interface IContainerKind
{
    string Name { get; }

    void Write(HtmlRenderer renderer, CustomContainer container);
}
