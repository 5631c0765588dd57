using PlanGen.Document;

namespace PlanGen.Html.Page;

/// <summary>The logo as a data: URI so the page needs no other file.</summary>
internal static class LogoImage
{
    /// <summary>The logo Core read once (PNG or JPEG, checked by its bytes), as a data: URI.</summary>
    public static string? DataUri(LogoAsset? logo) =>
        logo is null ? null : $"data:{logo.MediaType};base64,{Convert.ToBase64String(logo.Bytes)}";
}
