using Markdig.Extensions.CustomContainers;

namespace PlanGen.Docx.Renderers.Containers;

/// <summary>
/// "::: name": Markdig has one node type for every custom container, so this picks the layout by
/// name. Unknown names keep their content as ordinary blocks rather than losing it.
/// </summary>
internal sealed class CustomContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    protected override void Write(DocxRenderer renderer, CustomContainer container)
    {
        switch (container.Info?.Trim().ToLowerInvariant())
        {
            case "kader":
                CalloutBox.Write(renderer, container);
                break;
            case "kaart-pagina":
                CardPage.Write(renderer, container);
                break;
            case "blok":
                BlockGrid.Write(renderer, [container], columns: 1);
                break;
            default:
                renderer.WriteChildren(container);
                break;
        }
    }
}
