using System.Text.RegularExpressions;
using PlanGen.Document.Fonts;

namespace PlanGen.Document.Style;

/// <summary>A colour as the writers use it: the colour itself, the text-safe strong shade and the light tint.</summary>
/// <param name="Base">The colour as the board chose it (rules, bars, bands without text).</param>
/// <param name="Strong">Darkened until white text on it, or it as text on white, reaches WCAG AA (4.5:1).</param>
/// <param name="Tint">A light tint for box and block bodies; dark body text stays far above AA on it.</param>
public sealed record ColourSet(Colour Base, Colour Strong, Colour Tint);

/// <summary>
/// The board's house style resolved once, with every default in this one place: the accent
/// colour (parsed with or without '#'; a malformed value falls back), its strong shade and tint,
/// the link colour, the PDCA phase palette and the font family (only a safe name).
/// </summary>
public sealed partial record HouseStyle(ColourSet Accent, Colour Link, IReadOnlyDictionary<Phase, ColourSet> PhaseColours, string? FontFamily)
{
    /// <summary>The accent colour when the board has none (or a malformed one).</summary>
    public static readonly Colour DefaultAccent = new(0x1B, 0x5E, 0x20);

    /// <summary>WCAG 2.1 AA for normal text.</summary>
    public const double AaNormalText = 4.5;

    /// <summary>How far a tint goes toward white (one value for every writer).</summary>
    public const double TintAmount = 0.88;

    public static HouseStyle Default { get; } = Resolve(null, null);

    public static HouseStyle Resolve(string? accentColour, string? fontFamily)
    {
        var accent = Colour.TryParse(accentColour, out var parsed) ? parsed : DefaultAccent;
        var phases = Phases.All.ToDictionary(phase => phase, phase => Set(Phases.FixedColour(phase) ?? accent));
        return new HouseStyle(Set(accent), accent.DarkenedFor(Colour.White, 7.0), phases, SafeFontName(fontFamily));
    }

    /// <summary>The board's own font file, when it has one (it wins over <see cref="FontFamily"/>).</summary>
    public FontAsset? FontFile { get; init; }

    /// <summary>Every chapter on a new page (huisstijl: nieuwe_pagina_per_hoofdstuk); default false: chapters run on.</summary>
    public bool NewPagePerChapter { get; init; }

    /// <summary>The font files every writer uses: the board's own file, else the shipped family for <see cref="FontFamily"/> (see <see cref="FontFiles"/>).</summary>
    public FontFamilyFiles Fonts => FontFiles.For(FontFamily, FontFile);

    /// <summary>The colours of a PDCA block; a block without a known phase takes the accent colour.</summary>
    public ColourSet Phase(Phase? phase) => phase is { } known ? PhaseColours[known] : Accent;

    public static ColourSet Set(Colour colour) =>
        new(colour, colour.DarkenedFor(Colour.White, AaNormalText), colour.Tint(TintAmount));

    private static string? SafeFontName(string? name) =>
        name is not null && FontNamePattern().IsMatch(name.Trim()) ? name.Trim() : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 \\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FontNamePattern();
}
