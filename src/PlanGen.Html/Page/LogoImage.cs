using PlanGen.Document;

namespace PlanGen.Html.Page;

/// <summary>The logo as a data: URI so the page needs no other file.</summary>
internal static class LogoImage
{
    /// <summary>The logo Core read once (PNG or JPEG, checked by its bytes), as a data: URI.</summary>
    public static string? DataUri(LogoAsset? logo) =>
        logo is null ? null : $"data:{logo.MediaType};base64,{Convert.ToBase64String(logo.Bytes)}";

    /// <summary>
    /// For the board site's own pages, which have a logo path rather than a document: the same
    /// check on the bytes' signature, so only PNG or JPEG is ever embedded.
    /// </summary>
    public static string? DataUri(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        var mediaType = bytes.AsSpan().StartsWith(png) ? "image/png" : bytes.AsSpan().StartsWith(jpeg) ? "image/jpeg" : null;
        return mediaType is null ? null : $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";
    }
}
