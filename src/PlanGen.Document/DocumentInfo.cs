namespace PlanGen.Document;

/// <summary>Which of the two documents this is; the writers lay out a card differently.</summary>
public enum DocumentKind
{
    /// <summary>Sociaal veiligheidsplan: a chaptered, portrait policy document.</summary>
    SociaalVeiligheidsplan,

    /// <summary>Kwaliteitskaart: a landscape card of coloured PDCA blocks.</summary>
    Kwaliteitskaart,
}

/// <summary>
/// Metadata of one rendered document. Everything a writer needs besides the Markdown body:
/// title page, header/footer, core properties, house style.
/// </summary>
public sealed record DocumentInfo
{
    public required DocumentKind Kind { get; init; }

    /// <summary>Base file name without extension, e.g. "sociaal-veiligheidsplan".</summary>
    public required string FileName { get; init; }

    /// <summary>Document title, e.g. "Sociaal veiligheidsplan".</summary>
    public required string Title { get; init; }

    /// <summary>Optional subtitle, e.g. the kwaliteitskaart's theme.</summary>
    public string? Subtitle { get; init; }

    public required string SchoolName { get; init; }

    public required string BoardName { get; init; }

    /// <summary>School year as "2025-2026".</summary>
    public required string SchoolYear { get; init; }

    /// <summary>Adoption lines for the title page, e.g. "Vastgesteld door de MR op 15 september 2025".</summary>
    public IReadOnlyList<string> Adoptions { get; init; } = [];

    /// <summary>Accent colour of the board's house style as written ("#RRGGBB" or "RRGGBB"); resolved once in <see cref="Style.HouseStyle"/>.</summary>
    public string? AccentColor { get; init; }

    /// <summary>Preferred font family name of the house style (writers may fall back).</summary>
    public string? FontFamily { get; init; }

    /// <summary>Absolute path of the school's (or board's) logo, for the build manifest; writers use <see cref="Logo"/>.</summary>
    public string? LogoPath { get; init; }

    /// <summary>The logo read once by Core (bytes, type, size); writers embed this, never the file.</summary>
    public LogoAsset? Logo { get; init; }

    /// <summary>Status line for cover and footer, e.g. "Concept - versie 0.9"; null when none.</summary>
    public string? Status { get; init; }

    /// <summary>Edition mark for cover and footer, e.g. "Interne versie - niet publiceren"; null when none.</summary>
    public string? EditionMark { get; init; }

    /// <summary>Alternative text for the logo.</summary>
    public string LogoAltText { get; init; } = "";

    /// <summary>Keywords for document properties.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; init; } = "nl-NL";

    /// <summary>
    /// Fixed timestamp for created/modified metadata: from SOURCE_DATE_EPOCH, else 1 August
    /// of the school year's first year, so builds are reproducible.
    /// </summary>
    public required DateTimeOffset Timestamp { get; init; }
}
