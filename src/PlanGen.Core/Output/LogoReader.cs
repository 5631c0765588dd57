using PlanGen.Core.Assets;
using PlanGen.Document;

namespace PlanGen.Core.Output;

/// <summary>
/// Reads the logo once for all writers: the file's bytes with the media type, pixel size and
/// resolution from <see cref="ImageProbe"/> (the type from the bytes, not the file name; size limits
/// against image bombs). Null when there is no logo or it is not an acceptable PNG/JPEG (validation
/// reports that; the documents are still useful without it).
/// </summary>
public static class LogoReader
{
    private const double DefaultDpi = 96;

    public static LogoAsset? Read(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > ImageProbe.MaxBytes)
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return ImageProbe.TryRead(bytes, out var image, out _)
            ? new LogoAsset(bytes, image.MediaType, image.Width, image.Height, Dpi(image.DpiX), Dpi(image.DpiY))
            : null;
    }

    private static double Dpi(double? dpi) => dpi is > 10 and < 5000 ? dpi.Value : DefaultDpi;
}
