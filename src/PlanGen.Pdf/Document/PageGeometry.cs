namespace PlanGen.Pdf.Document;

/// <summary>Page size and margins in points (1/72 inch).</summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Top, float Right, float Bottom)
{
    private const float A4Short = 595.28f;
    private const float A4Long = 841.89f;

    /// <summary>Portrait A4 for the plan: about 22 mm at the sides, room for header and footer.</summary>
    public static PageGeometry Plan { get; } = new(A4Short, A4Long, 64, 72, 64, 68);

    /// <summary>Landscape A4 for the card: narrow margins, the blocks use the sheet.</summary>
    public static PageGeometry Card { get; } = new(A4Long, A4Short, 28, 28, 28, 40);

    public float ContentWidth => Width - Left - Right;

    public float ContentHeight => Height - Top - Bottom;
}
