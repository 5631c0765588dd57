using Markdig.Syntax;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>Block quotes: italic text beside a thin accent bar.</summary>
internal static class QuoteBuilder
{
    public static Element Build(BlockComposer composer, QuoteBlock quote, TextStyle style)
    {
        var inner = composer.Compose(quote, style.With(italic: true, color: Color.Grey));
        return new Decoration(inner, 6, bar: composer.Theme.Accent.Tint(0.3f), barWidth: 2);
    }
}
