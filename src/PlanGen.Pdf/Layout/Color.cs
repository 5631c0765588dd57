namespace PlanGen.Pdf.Layout;

/// <summary>An opaque RGB colour.</summary>
internal readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0x21, 0x21, 0x21);

    public static Color White => new(0xFF, 0xFF, 0xFF);

    public static Color Grey => new(0x61, 0x61, 0x61);

    public static Color LightGrey => new(0xBD, 0xBD, 0xBD);

    /// <summary>A colour of the document's resolved house style (parsed once, in PlanGen.Document).</summary>
    public static Color From(PlanGen.Document.Style.Colour colour) => new(colour.R, colour.G, colour.B);

    /// <summary>Mixes towards white; <paramref name="amount"/> 0 keeps the colour, 1 gives white.</summary>
    public Color Tint(float amount) => new(Mix(R, amount), Mix(G, amount), Mix(B, amount));

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";

    private static byte Mix(byte c, float amount) => (byte)Math.Round(c + ((255 - c) * amount));
}
