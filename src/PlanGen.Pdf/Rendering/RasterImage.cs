using PlanGen.Pdf.Serialiser.Images;

namespace PlanGen.Pdf.Rendering;

/// <summary>
/// A raster image (the logo) ready to embed: JPEG bytes as they are (DCTDecode), PNG pixels
/// deflated (FlateDecode) with alpha, if any, as a separate soft mask.
/// </summary>
internal sealed class RasterImage
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>"DeviceRGB" or "DeviceGray".</summary>
    public required string ColorSpace { get; init; }

    /// <summary>"DCTDecode" or "FlateDecode".</summary>
    public required string Filter { get; init; }

    /// <summary>The stream data, encoded as <see cref="Filter"/> says.</summary>
    public required byte[] Data { get; init; }

    /// <summary>PDF DecodeParms for the data (a PNG predictor), or null.</summary>
    public string? DecodeParms { get; init; }

    /// <summary>The alpha channel, 8-bit grey, deflated; null when the image is opaque.</summary>
    public byte[]? Alpha { get; init; }

    /// <summary>The logo's bytes (read once by Core, <c>LogoAsset</c>) as an image, or null when they are not a supported PNG or JPEG.</summary>
    public static RasterImage? Decode(byte[] bytes)
    {
        try
        {
            return JpegImage.Read(bytes) ?? PngImage.Read(bytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
