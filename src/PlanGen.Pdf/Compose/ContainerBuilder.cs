using Markdig.Extensions.CustomContainers;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// Custom containers in running text: <c>::: kader</c> becomes a shaded callout; anything else
/// (e.g. a stray blok outside a card) is shown as its content, so no text is ever lost.
/// </summary>
internal static class ContainerBuilder
{
    public static Element Build(BlockComposer composer, CustomContainer container, TextStyle style)
    {
        var inner = composer.Compose(container, style);
        return container.Info == "kader"
            ? new Decoration(inner, 9, composer.Theme.AccentTint, composer.Theme.Accent, 3)
            : inner;
    }
}
