using PlanGen.Document;
using PlanGen.Document.Card;
using PlanGen.Pdf.Compose;

namespace PlanGen.Pdf;

/// <summary>The PDF engine's card layout (sides, shares, scales, columns) for the writers that cannot measure text.</summary>
public sealed class PdfCardPlanner : ICardPlanner
{
    public CardPlan Plan(RenderedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var fonts = Text.FontLibrary.Use(document.Style.Fonts);
        return CardBuilder.Plan(document, new Theme(document.Style));
    }
}
