namespace PlanGen.Site.Model;

/// <summary>The published site: every board with the schools that were built.</summary>
public sealed record SiteModel(IReadOnlyList<SiteBoard> Boards)
{
    public IEnumerable<SiteSchool> Schools => Boards.SelectMany(b => b.Schools);
}

public sealed record SiteBoard(string Id, string Name, string? Website, IReadOnlyList<SiteSchool> Schools);

/// <summary>One school's page: its years, newest first. Paths are relative to the site root, with '/'.</summary>
public sealed record SiteSchool(
    string BoardId,
    string Id,
    string Name,
    string BoardName,
    string? Place,
    string AccentColor,
    string? FontFamily,
    string? LogoPath,
    IReadOnlyList<SiteYear> Years)
{
    public string Folder => $"{BoardId}/{Id}";

    public string PagePath => $"{Folder}/index.html";
}

/// <summary>One school year: when it was adopted, when it last changed, and its documents.</summary>
public sealed record SiteYear(string SchoolYear, string Version, DateOnly? Adopted, string? AdoptedBy, DateOnly LastChange, IReadOnlyList<SiteDocument> Documents);

public sealed record SiteDocument(string Title, string FileName, IReadOnlyList<SiteFile> Files)
{
    public SiteFile? Html => Files.FirstOrDefault(f => f.Format == "html");
}

/// <summary>One published file: its format, path from the site root, size and SHA-256 (lower-case hex).</summary>
public sealed record SiteFile(string Format, string Path, long Size, string Sha256);
