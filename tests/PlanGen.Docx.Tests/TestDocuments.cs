using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>The shared Markdown fixtures with fictional metadata, and helpers to write them as DOCX.</summary>
internal static class TestDocuments
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string FixturePath(string name) => Path.Combine(RepositoryRoot, "tests", "fixtures", "markdown", name);

    public static string LogoPath { get; } = TestLogo.Create();

    public static RenderedDocument Plan(string? logoPath = null) => RenderedDocument.Create(
        Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", logoPath ?? LogoPath),
        File.ReadAllText(FixturePath("plan.md")));

    public static RenderedDocument Card(string? logoPath = null) => RenderedDocument.Create(
        Info(DocumentKind.Kwaliteitskaart, "kwaliteitskaart", "Kwaliteitskaart", logoPath ?? LogoPath) with
        {
            Subtitle = "Veilig pedagogisch schoolklimaat",
        },
        File.ReadAllText(FixturePath("kaart.md")));

    public static IEnumerable<object[]> Fixtures() => [["plan.md"], ["kaart.md"]];

    public static RenderedDocument ByFixture(string name) => name == "kaart.md" ? Card() : Plan();

    public static DocumentInfo Info(DocumentKind kind, string fileName, string title, string? logoPath) => new()
    {
        Kind = kind,
        FileName = fileName,
        Title = title,
        SchoolName = "OBS De Linde",
        BoardName = "Stichting Openbaar Onderwijs Lindeland",
        SchoolYear = "2025-2026",
        Adoptions = ["Vastgesteld door de MR op 15 september 2025", "Vastgesteld door het bestuur op 1 oktober 2025"],
        AccentColor = "#1B5E20",
        LogoPath = logoPath,
        Logo = PlanGen.Core.Output.LogoReader.Read(logoPath),
        LogoAltText = "Logo van OBS De Linde",
        Keywords = ["sociale veiligheid", "OBS De Linde", "2025-2026"],
        Timestamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static byte[] WriteDocx(RenderedDocument document)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, stream);
        return stream.ToArray();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PlanGen.sln not found above the test binaries.");
    }
}
