using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The mistakes directors make most, each a fixture in tests/fixtures/mistakes (a copy of 00-goed.yaml
/// with one mistake), run through `plangen validate`: the first problem reported is the real cause, in
/// Dutch, at its line and column, with the fix; never a sentence of the YAML parser's English.
/// </summary>
public class DirectorMistakesTests
{
    private const string School = "schools/test/obs-test/school.yaml";

    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "01-inspringing-te-diep", 1, "3:5: PG0001: 'plaats:' springt verder in dan 'naam:' erboven (laat 'plaats:' recht onder 'naam:' beginnen, 2 spaties ingesprongen)" },
        { "02-tab", 1, "3:1: PG0001: deze regel springt in met een tab; YAML kent alleen spaties om in te springen (vervang de tab door spaties, twee per niveau)" },
        { "03-geen-spatie-na-dubbele-punt", 1, "3:10: PG0001: na de dubbele punt van 'plaats' ontbreekt een spatie (zet een spatie na de dubbele punt: plaats: Voorbeeldplaats)" },
        { "04-dubbele-punt-in-tekst", 1, "6:20: PG0001: deze tekst bevat een dubbele punt (:), en YAML leest dat als het begin van een nieuw veld (zet de tekst tussen aanhalingstekens: kernwaarde: \"Samen: veilig en gezien\")" },
        { "05-verkeerd-gespelde-sleutel", 1, "11:1: PG0101: onbekend veld 'rolen' (bedoelde je 'rollen'?)" },
        { "06-datum-nederlands", 1, "38:12: PG0104: '15-9-2025' is geen geldige datum (schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15)" },
        { "07-lijstitem-zonder-streepje", 1, "25:5: PG0001: hier begint een nieuw onderdeel van de lijst ('naam' stond al op regel 19), maar het streepje ontbreekt (zet '- ' voor 'naam:' en spring die regel in zoals het streepje erboven)" },
        { "08-aanhalingsteken-niet-gesloten", 1, "6:15: PG0001: het aanhalingsteken \" aan het begin van deze tekst wordt nergens afgesloten (zet aan het eind van de tekst ook een \", of laat het aanhalingsteken aan het begin weg)" },
        { "09-alinea-zonder-pipe", 0, "8:5: waarschuwing PG0006: deze tekst van meer alinea's begint niet met |; de alinea's worden samengevoegd tot één (begin een tekst van meer regels met 'tekst: |' en zet de tekst eronder, ingesprongen; dan blijven regels en alinea's staan)" },
        { "10-sleutel-te-weinig-ingesprongen", 1, "14:3: PG0001: 'email:' springt minder ver in dan 'naam:' erboven, en hoort zo bij geen enkel blok (laat 'email:' recht onder 'naam:' beginnen, 4 spaties ingesprongen)" },
        { "11-opsomming-zonder-pipe", 1, "7:10: PG0001: de tekst van 'tekst' loopt door op de volgende regels met een opsomming ('- '), maar begint niet met | (begin een tekst van meer regels met 'tekst: |' en zet de tekst eronder, ingesprongen)" },
        { "12-telefoon-letter-o", 0, "4:13: waarschuwing PG0108: 'O30-1234567' bevat de letter O tussen de cijfers; bedoel je het cijfer 0? (schrijf alleen cijfers, spaties, '-' en '+', bijvoorbeeld 030-123 45 67; zet uitleg in functie: of toelichting:)" },
        { "13-telefoon-met-tekst", 0, "4:13: waarschuwing PG0108: '030-12 34 56 (vraag naar Jan)' is geen telefoonnummer: er staan letters of tekst in (schrijf alleen cijfers, spaties, '-' en '+', bijvoorbeeld 030-123 45 67; zet uitleg in functie: of toelichting:)" },
        { "14-apostrof-in-enkele-aanhalingstekens", 1, "2:9: PG0001: deze tekst staat tussen enkele aanhalingstekens (') en bevat zelf een apostrof; daar houdt de tekst voor YAML op (zet de tekst tussen dubbele aanhalingstekens: naam: \"OBS 't Kompas\")" },
        { "15-sterretje-aan-het-begin", 1, "6:15: PG0001: deze tekst begint met '*', en dat teken heeft in YAML een eigen betekenis (zet de hele tekst tussen aanhalingstekens: kernwaarde: \"*Samen* veilig\")" },
        { "16-opsomming-zonder-pipe-zonder-dubbele-punt", 0, "7:10: waarschuwing PG0006: deze tekst lijkt een opsomming, maar zonder | worden de regels één doorlopende zin (begin een tekst van meer regels met 'tekst: |' en zet de tekst eronder, ingesprongen; dan blijven regels en alinea's staan)" },
        { "17-veld-op-hoogste-niveau", 1, "8:1: PG0101: 'kernwaarde' is hier geen veld, maar wel een veld van 'visie' erboven (spring 'kernwaarde:' in, recht onder de andere velden van 'visie:')" },
        { "18-dubbele-punt-vergeten", 1, "2:3: PG0001: op deze regel ontbreekt de dubbele punt achter de veldnaam (schrijf de veldnaam met een dubbele punt en een spatie: naam: OBS Test)" },
        { "19-een-spatie-te-weinig", 1, "3:2: PG0001: 'plaats:' springt minder ver in dan 'naam:' erboven, en hoort zo bij geen enkel blok (laat 'plaats:' recht onder 'naam:' beginnen, 2 spaties ingesprongen)" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_explained_in_dutch_at_its_cause(string fixture, int exitCode, string expected)
    {
        using var repo = RepositoryWith(fixture);
        var result = Plangen.Run(repo.Root, "validate");
        var problems = result.Out.Split('\n').Where(l => l.StartsWith(School + ":", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count > 0, result.Out + result.Error);
        // The cause comes first; it is the only problem: nothing that merely follows from it is reported.
        Assert.Equal($"{School}:{expected}", problems[0]);
        Assert.Single(problems);
        Assert.Equal(exitCode, result.ExitCode);
        foreach (var english in new[] { "While ", "found", "scanning", "expected", "mapping", "indicator", "scalar" })
        {
            Assert.DoesNotContain(english, result.Out + result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_fixture_without_mistakes_is_clean()
    {
        using var repo = RepositoryWith("00-goed");
        var result = Plangen.Run(repo.Root, "validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 school gecontroleerd: 0 fouten, 0 waarschuwingen.", result.Out);
    }

    private static TestRepository RepositoryWith(string fixture)
    {
        var folder = Path.Combine(TestRepository.SourceRoot, "tests", "fixtures", "mistakes");
        var repo = new TestRepository();
        repo.Write("schools/test/bestuur.yaml", File.ReadAllText(Path.Combine(folder, "bestuur.yaml")));
        repo.Write("schools/test/obs-test/jaarplannen/2025-2026.yaml", File.ReadAllText(Path.Combine(folder, "jaarplan-2025-2026.yaml")));
        repo.Write(School, File.ReadAllText(Path.Combine(folder, fixture + ".yaml")));
        return repo;
    }
}
