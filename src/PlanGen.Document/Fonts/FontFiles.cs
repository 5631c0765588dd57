using System.Collections.Concurrent;

namespace PlanGen.Document.Fonts;

/// <summary>
/// The fonts PlanGen ships (embedded in this assembly, all SIL OFL 1.1; licences beside them in Fonts/)
/// and the board's lettertype mapped onto them, for every writer alike:
/// Arial (and Helvetica, Arimo) → Liberation Sans, Calibri → Carlito (both metric-compatible, so a
/// document set in them breaks lines where Arial/Calibri would), Noto Sans as the default. A name PlanGen
/// does not ship gives Noto Sans with <see cref="FontFamilyFiles.IsFallback"/> set (validation warns).
/// </summary>
public static class FontFiles
{
    public const string DefaultFamily = "Noto Sans";

    private const string Ofl = "SIL Open Font License 1.1";

    private static readonly ConcurrentDictionary<string, FontFamilyFiles> Loaded = new(StringComparer.Ordinal);

    /// <summary>Board names (lower case) → (shipped family, file prefix, licence file).</summary>
    private static readonly Dictionary<string, (string Family, string Prefix)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["noto sans"] = ("Noto Sans", "NotoSans"),
        ["arial"] = ("Liberation Sans", "LiberationSans"),
        ["helvetica"] = ("Liberation Sans", "LiberationSans"),
        ["arimo"] = ("Liberation Sans", "LiberationSans"),
        ["liberation sans"] = ("Liberation Sans", "LiberationSans"),
        ["calibri"] = ("Carlito", "Carlito"),
        ["carlito"] = ("Carlito", "Carlito"),
    };

    /// <summary>The families PlanGen ships, by their own names.</summary>
    public static IReadOnlyList<string> Shipped { get; } = ["Noto Sans", "Liberation Sans", "Carlito"];

    /// <summary>Lettertype names PlanGen can honour (for messages and the schema description).</summary>
    public static IReadOnlyList<string> KnownNames { get; } = ["Arial", "Calibri", "Helvetica", "Noto Sans", "Liberation Sans", "Carlito", "Arimo"];

    /// <summary>True when <paramref name="lettertype"/> is empty or maps onto a shipped family.</summary>
    public static bool IsKnown(string? lettertype) => string.IsNullOrWhiteSpace(lettertype) || Names.ContainsKey(lettertype.Trim());

    /// <summary>The shipped family for a board's lettertype (never null; unknown or empty → Noto Sans).</summary>
    public static FontFamilyFiles For(string? lettertype)
    {
        var requested = string.IsNullOrWhiteSpace(lettertype) ? null : lettertype.Trim();
        var known = requested is not null && Names.TryGetValue(requested, out var hit);
        var (family, prefix) = known ? Names[requested!] : ("Noto Sans", "NotoSans");
        var files = Loaded.GetOrAdd(prefix, _ => Load(family, prefix));
        return files with
        {
            Requested = requested,
            IsSubstitute = known && !string.Equals(requested, family, StringComparison.OrdinalIgnoreCase),
            IsFallback = requested is not null && !known,
        };
    }

    /// <summary>The board's own file (huisstijl: lettertype_bestand) for all four faces, or the shipped family when none.</summary>
    public static FontFamilyFiles For(string? lettertype, FontAsset? boardFont)
    {
        if (boardFont is null)
        {
            return For(lettertype);
        }

        var file = new FontFile(boardFont.PostScriptName, boardFont.Bytes);
        return new FontFamilyFiles(boardFont.Family, lettertype, file, file, file, file, IsSubstitute: false, IsFallback: false,
            "licentie van de maker (bestand van het bestuur)", "", boardFont.Embeddable);
    }

    private static FontFamilyFiles Load(string family, string prefix) => new(
        family,
        null,
        Read(prefix + "-Regular"),
        Read(prefix + "-Bold"),
        Read(prefix + "-Italic"),
        Read(prefix + "-BoldItalic"),
        IsSubstitute: false,
        IsFallback: false,
        Ofl,
        ReadText(prefix + "-OFL.txt"));

    private static FontFile Read(string name) => new(name, ReadBytes(name + ".ttf"));

    private static string ReadText(string file) => System.Text.Encoding.UTF8.GetString(ReadBytes(file));

    private static byte[] ReadBytes(string file)
    {
        var resource = "PlanGen.Document.Fonts." + file;
        using var stream = typeof(FontFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font file {resource} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
