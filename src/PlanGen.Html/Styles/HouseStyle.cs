using System.Text.RegularExpressions;
using PlanGen.Core.Output;

namespace PlanGen.Html.Styles;

/// <summary>
/// The colours and font of one page, derived from <see cref="DocumentInfo"/> and made safe:
/// a malformed colour or font name falls back to the default instead of reaching the CSS, and
/// every colour that carries text is darkened until white text on it (or it on white) reaches
/// WCAG 2.1 AA (4.5:1).
/// </summary>
internal sealed partial record HouseStyle(
    Rgb Accent,
    Rgb AccentStrong,
    Rgb AccentTint,
    Rgb Link,
    IReadOnlyList<(string Phase, Rgb Strong, Rgb Tint)> Phases,
    string? FontFamily)
{
    public const double AaNormalText = 4.5;
    public static readonly Rgb DefaultAccent = new(0x1B, 0x5E, 0x20);

    public static HouseStyle From(DocumentInfo info)
    {
        var accent = Rgb.TryParse(info.AccentColor, out var parsed) ? parsed : DefaultAccent;
        var phases = Phase.All
            .Select(phase => Phase.FixedColour(phase) ?? accent)
            .Select((colour, index) => (Phase.All[index], Strong(colour), Tint(colour)))
            .ToList();

        return new HouseStyle(
            accent,
            Strong(accent),
            Tint(accent),
            accent.DarkenedFor(Rgb.White, 7.0),
            phases,
            SafeFontName(info.FontFamily));
    }

    /// <summary>Background for white text (and text colour on white): AA against white.</summary>
    public static Rgb Strong(Rgb colour) => colour.DarkenedFor(Rgb.White, AaNormalText);

    /// <summary>A light tint of the colour for block bodies; dark body text stays far above AA on it.</summary>
    public static Rgb Tint(Rgb colour) => colour.Mix(Rgb.White, 0.88);

    private static string? SafeFontName(string? name) =>
        name is not null && FontNamePattern().IsMatch(name) ? name : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 \\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FontNamePattern();
}
