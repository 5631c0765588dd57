namespace PlanGen.Pdf.Text;

/// <summary>
/// The four Noto Sans faces shipped inside this assembly (OFL, see Fonts/OFL.txt). Loaded once per
/// process; no system font is ever consulted, so every machine lays out alike.
/// </summary>
internal static class FontLibrary
{
    private static readonly Lazy<FontFace[]> Faces = new(Load);

    public static FontFace Regular => Faces.Value[0];

    public static FontFace Get(bool bold, bool italic) => Faces.Value[(bold ? 1 : 0) + (italic ? 2 : 0)];

    private static FontFace[] Load() =>
    [
        Read("NotoSans-Regular"),
        Read("NotoSans-Bold"),
        Read("NotoSans-Italic"),
        Read("NotoSans-BoldItalic"),
    ];

    private static FontFace Read(string name)
    {
        var resource = $"PlanGen.Pdf.Fonts.{name}.ttf";
        using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new FontFace(name, memory.ToArray());
    }
}
