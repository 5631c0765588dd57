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

    /// <summary>
    /// This school year's adoption lines for the title page, oldest first, e.g. "Instemming van de
    /// medezeggenschapsraad op 15 september 2025"; adoptions of other school years are not here.
    /// </summary>
    public IReadOnlyList<string> Adoptions { get; init; } = [];

    /// <summary>True until this school year's plan is adopted (see PlanGen.Core.Status.PlanStatus).</summary>
    public bool IsConcept { get; init; }

    /// <summary>The plan's version, e.g. "0.9" (from the year plan's versie:, default "1.0").</summary>
    public string Version { get; init; } = "1.0";

    /// <summary>"Concept – versie 0.9" or "Vastgesteld – versie 1.0": for the cover and every page footer.</summary>
    public string StatusLabel { get; init; } = "Vastgesteld \u2013 versie 1.0";

    /// <summary>The internal edition (private values, team-only blocks); it must say so on the cover and in every footer.</summary>
    public bool IsInternal { get; init; } = true;

    /// <summary>"intern" or "openbaar", as in the front matter and the CLI's --editie.</summary>
    public string EditionName => IsInternal ? "intern" : "openbaar";

    /// <summary>"Interne versie – niet publiceren" for the internal edition; null for the public one.</summary>
    public string? EditionLabel => IsInternal ? "Interne versie \u2013 niet publiceren" : null;

    /// <summary>
    /// The one footer mark every writer prints on every page: status and, for the internal edition, the
    /// edition warning, e.g. "Concept – versie 0.9 · Interne versie – niet publiceren".
    /// </summary>
    public string FooterMark => EditionLabel is { } edition ? $"{StatusLabel} \u00B7 {edition}" : StatusLabel;

    /// <summary>
    /// Links a published web page shows above its content, relative to the page: back to the school's
    /// page, then the same document in the other formats, e.g. ("Terug naar OBS De Linde", "../index.html"),
    /// ("Download als PDF", "sociaal-veiligheidsplan.pdf"). Empty outside <c>plangen publish</c>.
    /// </summary>
    public IReadOnlyList<(string Text, string Href)> SiteLinks { get; init; } = [];

    /// <summary>Accent colour of the board's house style as written ("#RRGGBB" or "RRGGBB"); resolved once in <see cref="Style.HouseStyle"/>.</summary>
    public string? AccentColor { get; init; }

    /// <summary>Preferred font family name of the house style (writers may fall back).</summary>
    public string? FontFamily { get; init; }

    /// <summary>The board's own font file (huisstijl: lettertype_bestand), read and checked by Core; null when none.</summary>
    public Fonts.FontAsset? FontFile { get; init; }

    /// <summary>House style asks for every chapter on a new page (huisstijl: nieuwe_pagina_per_hoofdstuk); default: chapters run on.</summary>
    public bool NewPagePerChapter { get; init; }

    /// <summary>Absolute path of the school's (or board's) logo, for the build manifest; writers use <see cref="Logo"/>.</summary>
    public string? LogoPath { get; init; }

    /// <summary>The logo read once by Core (bytes, type, size); writers embed this, never the file.</summary>
    public LogoAsset? Logo { get; init; }

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
