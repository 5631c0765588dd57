namespace PlanGen.Document.Tests;

/// <summary>Fictional document metadata for tests.</summary>
internal static class Infos
{
    public static DocumentInfo Plan() => new()
    {
        Kind = DocumentKind.SociaalVeiligheidsplan,
        FileName = "sociaal-veiligheidsplan",
        Title = "Sociaal veiligheidsplan",
        SchoolName = "OBS De Linde",
        BoardName = "Stichting Lindeland",
        SchoolYear = "2025-2026",
        Timestamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
