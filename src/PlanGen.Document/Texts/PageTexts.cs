namespace PlanGen.Document.Texts;

/// <summary>
/// The Dutch texts every writer puts around the body, decided here once so DOCX, PDF and HTML say
/// the same: running header, footer, document subject (metadata) and the logo's alt text, plus the
/// optional status line ("Concept - versie 0.9") and edition mark ("Interne versie - niet publiceren").
/// </summary>
public sealed record PageTexts
{
    /// <summary>Left of the running header: the school.</summary>
    public required string HeaderLeft { get; init; }

    /// <summary>Right of the running header: document and school year, e.g. "Sociaal veiligheidsplan 2025-2026".</summary>
    public required string HeaderRight { get; init; }

    /// <summary>Left of the footer: the board.</summary>
    public required string FooterLeft { get; init; }

    /// <summary>The document subject for metadata (DOCX core properties, PDF Info, HTML description).</summary>
    public required string Subject { get; init; }

    /// <summary>Alternative text of the logo.</summary>
    public required string LogoAltText { get; init; }

    /// <summary>The document's status (<see cref="DocumentInfo.StatusLabel"/>), e.g. "Concept – versie 0.9".</summary>
    public string? Status { get; init; }

    /// <summary>The edition's mark (<see cref="DocumentInfo.EditionLabel"/>), "Interne versie – niet publiceren"; null for the public edition.</summary>
    public string? EditionMark { get; init; }

    /// <summary>"CONCEPT" across every page of a paged document that is not adopted yet (a light watermark); null once adopted.</summary>
    public string? Watermark { get; init; }

    /// <summary>The status line and the edition mark, in that order, for cover and footer.</summary>
    public IReadOnlyList<string> Marks => new[] { Status, EditionMark }.OfType<string>().Where(m => m.Length > 0).ToList();

    /// <summary>"pagina X van Y" for the footer's right-hand side.</summary>
    public static string PageNumber(int page, int total) => $"pagina {page} van {total}";

    /// <summary>The words around Word's PAGE and NUMPAGES fields.</summary>
    public const string PageWord = "pagina ";

    public const string OfWord = " van ";

    public static PageTexts For(DocumentInfo info) => new()
    {
        HeaderLeft = info.SchoolName,
        HeaderRight = $"{info.Title} {info.SchoolYear}",
        FooterLeft = info.BoardName,
        Subject = $"{info.Title} van {info.SchoolName}, schooljaar {info.SchoolYear}",
        LogoAltText = string.IsNullOrWhiteSpace(info.LogoAltText) ? $"Logo van {info.SchoolName}" : info.LogoAltText,
        Status = Blank(info.StatusLabel),
        EditionMark = Blank(info.EditionLabel),
        Watermark = info.IsConcept ? "CONCEPT" : null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
