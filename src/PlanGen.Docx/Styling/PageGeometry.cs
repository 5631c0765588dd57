namespace PlanGen.Docx.Styling;

/// <summary>A4 page sizes and margins in twentieths of a point (twips), portrait for the plan, landscape for the card.</summary>
internal sealed record PageGeometry(uint Width, uint Height, int Margin, uint HeaderDistance, bool Landscape)
{
    public static PageGeometry Portrait { get; } = new(11906, 16838, 1418, 709, Landscape: false);

    // A card wants every centimetre: 11 mm margins (the PDF card's are 10 mm), header and footer close to the edge.
    public static PageGeometry LandscapeCard { get; } = new(16838, 11906, 624, 255, Landscape: true);

    /// <summary>Width between the margins: what a full-width table may use.</summary>
    public int TextWidth => (int)Width - (2 * Margin);
}
