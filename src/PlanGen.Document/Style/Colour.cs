using System.Globalization;

namespace PlanGen.Document.Style;

/// <summary>
/// An sRGB colour with the WCAG 2.1 contrast arithmetic the writers need. The one place a colour
/// from the house style is parsed: "#RRGGBB" and "RRGGBB" mean the same, in any case.
/// </summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static readonly Colour White = new(255, 255, 255);
    public static readonly Colour Black = new(0, 0, 0);

    /// <summary>Parses "#RRGGBB" or "RRGGBB" (spaces around allowed); anything else fails.</summary>
    public static bool TryParse(string? text, out Colour colour)
    {
        colour = default;
        var hex = text.AsSpan().Trim();
        if (hex.StartsWith("#"))
        {
            hex = hex[1..];
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        colour = new Colour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public static Colour Parse(string text) =>
        TryParse(text, out var colour) ? colour : throw new FormatException($"Not a #RRGGBB colour: {text}");

    /// <summary>WCAG 2.1 relative luminance.</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>WCAG 2.1 contrast ratio, 1 to 21.</summary>
    public double ContrastWith(Colour other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Mixes toward <paramref name="other"/>; 0 keeps this colour, 1 gives the other.</summary>
    public Colour Mix(Colour other, double amount) => new(
        MixChannel(R, other.R, amount),
        MixChannel(G, other.G, amount),
        MixChannel(B, other.B, amount));

    /// <summary>Mixed with white: 0 keeps the colour, 1 gives white.</summary>
    public Colour Tint(double amount) => Mix(White, amount);

    /// <summary>
    /// This colour, darkened in small steps toward black until it reaches <paramref name="ratio"/>
    /// against <paramref name="background"/>; unchanged when it already does.
    /// </summary>
    public Colour DarkenedFor(Colour background, double ratio)
    {
        var colour = this;
        for (var step = 1; colour.ContrastWith(background) < ratio && step <= 50; step++)
        {
            colour = Mix(Black, step / 50.0);
        }

        return colour;
    }

    /// <summary>"RRGGBB", as Word and other formats without a '#' want it.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"{R:X2}{G:X2}{B:X2}");

    /// <summary>"#RRGGBB", as CSS wants it.</summary>
    public override string ToString() => "#" + Hex;

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte MixChannel(byte from, byte to, double amount) =>
        (byte)Math.Round(from + ((to - from) * amount), MidpointRounding.AwayFromZero);
}
