namespace PlanGen.Site.Model;

/// <summary>The published site: every board with the schools that were built, boards in Dutch order.</summary>
public sealed record SiteModel(IReadOnlyList<SiteBoard> Boards)
{
    public IEnumerable<SiteSchool> Schools => Boards.SelectMany(b => b.Schools);
}

/// <summary>
/// One board: its own index page (&lt;bestuur&gt;/index.html) in its colour with its logo, and the contact
/// details every page of its schools shows in the footer. Stored as &lt;bestuur&gt;/bestuur.json, so
/// publishing another board later keeps this one on the combined index.
/// </summary>
public sealed record SiteBoard(
    string Id,
    string Name,
    string AccentColor,
    string? FontFamily,
    string? LogoDataUri,
    SiteContact Contact,
    IReadOnlyList<SiteSchool> Schools)
{
    public string PagePath => $"{Id}/index.html";

    public string LogoAlt => $"Logo van {Name}";
}

/// <summary>The board's contact details and statements for the page footer; each may be missing.</summary>
public sealed record SiteContact(string? Address, string? Phone, string? Email, string? Website, string? Privacy, string? Accessibility);

/// <summary>One school's page: its years, newest first. Paths are relative to the site root, with '/'.</summary>
public sealed record SiteSchool(
    string BoardId,
    string Id,
    string Name,
    string? Place,
    string AccentColor,
    string? FontFamily,
    string? LogoDataUri,
    string LogoAlt,
    IReadOnlyList<SiteYear> Years)
{
    public string Folder => $"{BoardId}/{Id}";

    public string PagePath => $"{Folder}/index.html";
}

/// <summary>
/// One school year: concept or vastgesteld (computed by PlanGen.Core.Status), the adoption that made it
/// vastgesteld, when it last changed, and its documents.
/// </summary>
public sealed record SiteYear(string SchoolYear, string Version, bool IsConcept, DateOnly? Adopted, string? AdoptedBy, DateOnly LastChange, IReadOnlyList<SiteDocument> Documents)
{
    /// <summary>"Concept – versie 0.9" or "Vastgesteld – versie 1.0".</summary>
    public string StatusLabel => $"{(IsConcept ? "Concept" : "Vastgesteld")} \u2013 versie {Version}";
}

public sealed record SiteDocument(string Title, string FileName, IReadOnlyList<SiteFile> Files)
{
    public SiteFile? Html => Files.FirstOrDefault(f => f.Format == "html");
}

/// <summary>One published file: its format, path from the site root, size and SHA-256 (lower-case hex).</summary>
public sealed record SiteFile(string Format, string Path, long Size, string Sha256);
