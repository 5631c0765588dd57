using System.Text;
using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Tests;

/// <summary>The manifest reader (Utf8JsonReader, no JsonDocument) reads back exactly what the writer wrote.</summary>
public class ManifestJsonTests
{
    private static readonly SchoolManifest Sample = new(
        "stichting-horizon/obs-de-linde",
        "c85837847b50939ea93a6cff74585a83bf1c1137df06b90d1f57e8cbbcb72331",
        [new("yaml", "schools/stichting-horizon/bestuur.yaml", "aa"), new("sjabloon-ingebouwd", "partials/gegevens.scriban", "bb")],
        [new("stichting-horizon/obs-de-linde/2025-2026/kwaliteitskaart.md", 2345, "dd"), new("stichting-horizon/obs-de-linde/2025-2026/sociaal-veiligheidsplan.pdf", 123456, "cc", "ee")],
        [
            new(new SourceLocation("schools/stichting-horizon/obs-de-linde/school.yaml", 12, 5), "PG0101", Severity.Warning, "onbekend veld \"rolen\" (één \\ teken)", "bedoelde je 'rollen'?"),
            new(new SourceLocation("schools/stichting-horizon/obs-de-linde/school.yaml", 3, 1), "PG0150", Severity.Error, "VUL IN staat er nog", null),
        ]);

    [Fact]
    public void What_is_written_is_read_back()
    {
        var read = ManifestJson.Parse(ManifestJson.Write(Sample))!;
        Assert.Equal(Sample.School, read.School);
        Assert.Equal(Sample.Settings, read.Settings);
        Assert.Equal(Sample.Inputs, read.Inputs);
        Assert.Equal(Sample.Outputs, read.Outputs);
        Assert.Equal(Sample.Diagnostics, read.Diagnostics);
        Assert.Equal(ManifestJson.Write(Sample), ManifestJson.Write(read));
    }

    [Fact]
    public void Keys_in_another_order_and_unknown_keys_are_read()
    {
        const string json = """
            { "toekomst": { "a": [1, 2] }, "uitvoer": [ { "sha256": "cc", "bytes": 7, "pad": "b/s/x.md" } ],
              "invoer": [], "meldingen": [], "school": "b/s", "instellingen": "ff", "versie": 1 }
            """;
        var read = ManifestJson.Parse(Encoding.UTF8.GetBytes(json))!;
        Assert.Equal("b/s", read.School);
        Assert.Equal([new ManifestOutput("b/s/x.md", 7, "cc")], read.Outputs);
    }

    [Theory]
    [InlineData("""{ "versie": 2, "school": "b/s", "instellingen": "ff", "invoer": [], "uitvoer": [], "meldingen": [] }""")]
    [InlineData("""{ "versie": 1, "school": "b/s", "invoer": [], "uitvoer": [], "meldingen": [] }""")]
    [InlineData("""{ "versie": 1, "school": "b/s", "instellingen": "ff", "invoer": [ { "soort": "yaml", "pad": "x" } ], "uitvoer": [], "meldingen": [] }""")]
    [InlineData("""{ "versie": 1, "school": 5, "instellingen": "ff", "invoer": [], "uitvoer": [], "meldingen": [] }""")]
    [InlineData("""{ "versie": 1, "school": "b/s", "instellingen": "ff", "invoer": [""")]
    [InlineData("")]
    public void A_manifest_of_another_version_or_damaged_is_not_used(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plangen-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            Assert.Null(ManifestJson.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
