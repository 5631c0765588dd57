using System.Globalization;
using PlanGen.Core.Output;

namespace PlanGen.Docx.Styling;

/// <summary>The board's colours and font, resolved once from <see cref="DocumentInfo"/> into Word's hex form.</summary>
internal sealed record HouseStyle(string Accent, string AccentTint, string Font)
{
    public const string DefaultAccent = "1B5E20";

    // Arial is on every Word installation and has a metric twin (Liberation Sans) on Linux,
    // so page breaks look the same in Word and LibreOffice.
    public const string DefaultFont = "Arial";

    public static HouseStyle From(DocumentInfo info)
    {
        var accent = ParseHex(info.AccentColor) ?? DefaultAccent;
        var font = string.IsNullOrWhiteSpace(info.FontFamily) ? DefaultFont : info.FontFamily.Trim();
        return new HouseStyle(accent, Tint(accent, 0.88), font);
    }

    /// <summary>The PDCA palette of docs/markdown.md; visie takes the board's own colour.</summary>
    public string PhaseColor(string? phase) => phase?.Trim().ToLowerInvariant() switch
    {
        "plan" => "2E7D32",
        "do" => "1565C0",
        "check" => "EF6C00",
        "act" => "6A1B9A",
        _ => Accent,
    };

    /// <summary>Mixes a colour with white; <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    public static string Tint(string hex, double amount)
    {
        int Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(value + ((255 - value) * amount));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Channel(0):X2}{Channel(2):X2}{Channel(4):X2}");
    }

    /// <summary>Accepts "#RRGGBB" or "RRGGBB"; anything else falls back to the default rather than breaking the file.</summary>
    internal static string? ParseHex(string? value)
    {
        var hex = value?.Trim().TrimStart('#');
        return hex is { Length: 6 } && hex.All(Uri.IsHexDigit) ? hex.ToUpperInvariant() : null;
    }
}
