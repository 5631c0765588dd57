using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Html.Tests;

/// <summary>Fixtures, fictional metadata and helpers shared by the tests.</summary>
internal static class TestDocuments
{
    public static string FixturePath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repo root not found"),
            "tests", "fixtures", "markdown", name);
    }

    public static DocumentInfo Info(DocumentKind kind, string? logoPath = null) => new()
    {
        Kind = kind,
        FileName = kind == DocumentKind.Kwaliteitskaart ? "kwaliteitskaart" : "sociaal-veiligheidsplan",
        Title = kind == DocumentKind.Kwaliteitskaart ? "Kwaliteitskaart" : "Sociaal veiligheidsplan",
        SchoolName = "OBS De Linde",
        BoardName = "Stichting Openbaar Onderwijs Voorbeeldstad",
        SchoolYear = "2025-2026",
        Adoptions = ["Vastgesteld door de MR op 15 september 2025", "Vastgesteld door het bestuur op 1 oktober 2025"],
        AccentColor = "#1B5E20",
        LogoPath = logoPath,
        Logo = PlanGen.Core.Output.LogoReader.Read(logoPath),
        LogoAltText = "Logo OBS De Linde",
        Keywords = ["sociale veiligheid", "pesten"],
        Timestamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static RenderedDocument Plan(string? logoPath = null) =>
        RenderedDocument.Create(Info(DocumentKind.SociaalVeiligheidsplan, logoPath), File.ReadAllText(FixturePath("plan.md")));

    public static RenderedDocument Kaart() =>
        RenderedDocument.Create(Info(DocumentKind.Kwaliteitskaart), File.ReadAllText(FixturePath("kaart.md")));

    public static byte[] WriteBytes(RenderedDocument document)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        return stream.ToArray();
    }

    public static IDocument Parse(RenderedDocument document) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(WriteBytes(document)));

    /// <summary>Whitespace collapsed and the no-break characters of docs/typografie.md read as what they show.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', PlanGen.Document.Typography.DutchTypography.Plain(text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A 2x1 PNG, made with Python zlib; enough to check that the logo is embedded.</summary>
    public static string WriteTinyPng()
    {
        var path = Path.Combine(Path.GetTempPath(), "plangen-html-test-logo.png");
        File.WriteAllBytes(path, Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGOQjlP4//8/AAj5A5fGxdvGAAAAAElFTkSuQmCC"));
        return path;
    }
}
