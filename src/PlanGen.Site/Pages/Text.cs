using System.Globalization;

namespace PlanGen.Site.Pages;

/// <summary>Dutch formatting of dates and file sizes for the site pages.</summary>
internal static class Text
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes >= 1_000_000
        ? (bytes / 1_000_000.0).ToString("0.0", Dutch) + " MB"
        : Math.Max(1, (bytes + 999) / 1000).ToString(Dutch) + " kB";

    /// <summary>How a format is named on a download link.</summary>
    public static string FormatName(string format) => format switch
    {
        "pdf" => "PDF",
        "docx" => "Word (DOCX)",
        "md" => "Markdown",
        "html" => "webpagina",
        _ => format,
    };
}
