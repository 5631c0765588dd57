using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Pdf.Tests;

/// <summary>The shared Markdown fixtures and fictional metadata for them.</summary>
internal static class Fixtures
{
    public static string Plan => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "plan.md"));

    public static string Kaart => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "kaart.md"));

    public static DocumentInfo Info(DocumentKind kind = DocumentKind.SociaalVeiligheidsplan, string? logo = null) => new()
    {
        Kind = kind,
        FileName = kind == DocumentKind.Kwaliteitskaart ? "kwaliteitskaart" : "sociaal-veiligheidsplan",
        Title = kind == DocumentKind.Kwaliteitskaart ? "Kwaliteitskaart" : "Sociaal veiligheidsplan",
        SchoolName = "OBS De Linde",
        BoardName = "Stichting Voorbeeldscholen",
        SchoolYear = "2025-2026",
        Adoptions = ["Vastgesteld door de MR op 15 september 2025"],
        Keywords = ["sociale veiligheid", "OBS De Linde"],
        LogoPath = logo,
        Logo = PlanGen.Core.Output.LogoReader.Read(logo),
        Timestamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static RenderedDocument PlanDocument(string? logo = null) => RenderedDocument.Create(Info(logo: logo), Plan);

    public static RenderedDocument KaartDocument() => RenderedDocument.Create(Info(DocumentKind.Kwaliteitskaart), Kaart);

    public static byte[] Write(RenderedDocument document)
    {
        using var stream = new MemoryStream();
        new PdfWriter().Write(document, stream);
        return stream.ToArray();
    }
}
