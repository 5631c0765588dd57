using PlanGen.Core.Building.Incremental;
using PlanGen.Document;
using PlanGen.Document.Fonts;

namespace PlanGen.Core.Tests;

/// <summary>The fingerprint that lets a rebuild keep a file: equal for the same document, different for any change a writer sees.</summary>
public class DocumentFingerprintTests
{
    private static readonly DocumentInfo Info = new()
    {
        Kind = DocumentKind.SociaalVeiligheidsplan,
        FileName = "sociaal-veiligheidsplan",
        Title = "Sociaal veiligheidsplan",
        SchoolName = "School",
        BoardName = "Bestuur",
        SchoolYear = "2025-2026",
        Keywords = ["een", "twee"],
        Logo = new LogoAsset([1, 2, 3], "image/png", 10, 20, 72, 72),
        FontFile = new FontAsset([4, 5, 6], "huis.ttf", "Huis", "Huis-Regular"),
        Timestamp = DateTimeOffset.UnixEpoch,
    };

    private const string Markdown = "# Plan\n\nTekst.\n";

    private static string Of(DocumentInfo info, string markdown = Markdown, bool keepInternal = true) =>
        DocumentFingerprint.Of(RenderedDocument.Create(info, markdown, keepInternal), keepInternal);

    [Fact]
    public void The_same_document_rendered_twice_has_one_fingerprint()
    {
        var copy = Info with { Keywords = ["een", "twee"], Logo = Info.Logo! with { Bytes = [1, 2, 3] } };
        Assert.Equal(Of(Info), Of(copy));
        Assert.Matches("^[0-9a-f]{64}$", Of(Info));
    }

    [Fact]
    public void The_logo_path_is_not_part_of_it_its_bytes_are()
    {
        Assert.Equal(Of(Info with { LogoPath = "/een/checkout/logo.png" }), Of(Info with { LogoPath = "/andere/checkout/logo.png" }));
    }

    public static TheoryData<string, DocumentInfo> Changes() => new()
    {
        { "titel", Info with { Title = "Ander plan" } },
        { "soort", Info with { Kind = DocumentKind.Kwaliteitskaart } },
        { "trefwoord", Info with { Keywords = ["een", "drie"] } },
        { "trefwoorden samengevoegd", Info with { Keywords = ["eentwee"] } },
        { "logo", Info with { Logo = Info.Logo! with { Bytes = [1, 2, 4] } } },
        { "logo weg", Info with { Logo = null } },
        { "lettertype", Info with { FontFile = Info.FontFile! with { Bytes = [4, 5, 7] } } },
        { "tijd", Info with { Timestamp = DateTimeOffset.UnixEpoch.AddSeconds(1) } },
        { "vaststelling", Info with { Adoptions = ["Instemming van de MR"] } },
        { "concept", Info with { IsConcept = true } },
        { "sitelinks", Info with { SiteLinks = [("Terug", "../index.html")] } },
        { "nieuwe pagina per hoofdstuk", Info with { NewPagePerChapter = true } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_in_the_metadata_gives_another_fingerprint(string what, DocumentInfo changed)
    {
        Assert.False(Of(Info) == Of(changed), what);
    }

    [Fact]
    public void Another_text_or_edition_gives_another_fingerprint()
    {
        Assert.NotEqual(Of(Info), Of(Info, "# Plan\n\nTekst!\n"));
        Assert.NotEqual(Of(Info), Of(Info, keepInternal: false));
    }
}
