namespace PlanGen.Html.Page;

/// <summary>The primary language subtag for &lt;html lang&gt;: "nl-NL" gives "nl"; anything odd gives "nl".</summary>
internal static class LanguageTag
{
    public static string Primary(string? tag)
    {
        var primary = (tag ?? "").Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : "nl";
    }
}
