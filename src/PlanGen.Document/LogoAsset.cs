namespace PlanGen.Document;

/// <summary>
/// The school's (or board's) logo, read and checked once by Core: its bytes, media type
/// ("image/png" or "image/jpeg", from the bytes, not the file name), pixel size and resolution.
/// A writer embeds these bytes; it never opens the file itself.
/// </summary>
public sealed record LogoAsset(byte[] Bytes, string MediaType, int Width, int Height, double DpiX, double DpiY)
{
    public bool IsPng => MediaType == "image/png";

    /// <summary>Natural width in points (1/72 inch) at its resolution.</summary>
    public double WidthPoints => Width * 72.0 / DpiX;

    public double HeightPoints => Height * 72.0 / DpiY;
}
