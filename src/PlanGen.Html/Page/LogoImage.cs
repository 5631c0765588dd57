namespace PlanGen.Html.Page;

/// <summary>
/// Turns the logo file into a data: URI so the page needs no other file. Only PNG and JPEG
/// (recognised by their signature, not by the extension) are embedded; anything else, or a
/// missing file, gives no logo rather than a broken image.
/// </summary>
internal static class LogoImage
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    public static string? DataUri(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var mediaType = MediaType(bytes);
        return mediaType is null ? null : $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";
    }

    internal static string? MediaType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? "image/png"
        : bytes.StartsWith(JpegSignature) ? "image/jpeg"
        : null;
}
