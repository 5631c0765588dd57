using PlanGen.Document;
using PlanGen.Html.Page;
using PlanGen.Document.Style;
using PlanGen.Html.Styles;

namespace PlanGen.Html;

/// <summary>
/// The document pages' house style for other pages of a site (the board site of <c>plangen
/// publish</c>): the same stylesheet, escaping and logo embedding, so every page looks alike and
/// follows the same safety and contrast rules (docs/html.md).
/// </summary>
public static class SiteStyle
{
    /// <summary>The inline stylesheet for an accent colour and font (both made safe as in the document pages).</summary>
    public static string Css(string? accentColor, string? fontFamily) =>
        StyleSheet.Build(HouseStyle.Resolve(accentColor, fontFamily), DocumentKind.SociaalVeiligheidsplan);

    /// <summary>
    /// Escapes text for HTML text and double-quoted attributes, without the bidi and control
    /// characters the document pages drop too.
    /// </summary>
    public static string Escape(string? text) =>
        HtmlText.Escape(text is null ? null : string.Concat(text.Where(c => !SanitizingTextWriter.IsDropped(c))));

    /// <summary>The logo Core read once (<see cref="LogoAsset"/>: PNG or JPEG, checked by its bytes) as a data: URI, or null.</summary>
    public static string? LogoDataUri(LogoAsset? logo) => LogoImage.DataUri(logo);
}
