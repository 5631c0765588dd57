using System.Globalization;

namespace PlanGen.Html.Styles;

/// <summary>An sRGB colour with the WCAG 2.1 contrast arithmetic the stylesheet needs.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);

    /// <summary>Parses exactly "#RRGGBB" (the only form the house style allows); anything else fails.</summary>
    public static bool TryParse(string? text, out Rgb colour)
    {
        colour = default;
        if (text is null || text.Length != 7 || text[0] != '#')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        colour = new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public static Rgb Parse(string text) =>
        TryParse(text, out var colour) ? colour : throw new FormatException($"Not a #RRGGBB colour: {text}");

    /// <summary>WCAG 2.1 relative luminance.</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>WCAG 2.1 contrast ratio, 1 to 21.</summary>
    public double ContrastWith(Rgb other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Mixes toward <paramref name="other"/>; 0 keeps this colour, 1 gives the other.</summary>
    public Rgb Mix(Rgb other, double amount) => new(
        MixChannel(R, other.R, amount),
        MixChannel(G, other.G, amount),
        MixChannel(B, other.B, amount));

    /// <summary>
    /// This colour, darkened in small steps toward black until it reaches <paramref name="ratio"/>
    /// against <paramref name="background"/>; unchanged when it already does.
    /// </summary>
    public Rgb DarkenedFor(Rgb background, double ratio)
    {
        var colour = this;
        for (var step = 1; colour.ContrastWith(background) < ratio && step <= 50; step++)
        {
            colour = Mix(Black, step / 50.0);
        }

        return colour;
    }

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte MixChannel(byte from, byte to, double amount) =>
        (byte)Math.Round(from + ((to - from) * amount), MidpointRounding.AwayFromZero);
}
