namespace PlanGen.Core.Tests;

/// <summary>The school's own outline (indeling): each validation problem with its exact line, and the rendered structure.</summary>
public class OutlineTests
{
    private const string S = MinimalSchool.SchoolFile;

    /// <summary>The minimal school with an outline that places every part with a duty once.</summary>
    private const string Outline = """
        indeling:
          hoofdstukken:
            - titel: Over ons
              onderdelen: [veiligheidsbeleid, vaststelling]
            - titel: Wie doet wat
              onderdelen: [rollen, klachtenregeling, vertrouwensinspecteurs, privacy, arbo]
            - titel: Volgen en handelen
              onderdelen: [monitoring, incidentregistratie, protocollen, evaluatie, jaarplan]

        """;

    private static List<string> LinesWith(string outline)
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School + outline);
        return Checks.Lines(repo);
    }

    [Fact]
    public void A_complete_outline_passes_every_rule()
    {
        Assert.Empty(LinesWith(Outline));
    }

    [Fact]
    public void Unknown_part_name_suggests_the_right_one()
    {
        Assert.Equal([$"{S}:34:39: PG0105: 'vaststeling' is geen bekende waarde (bedoelde je 'vaststelling'?)", $"{S}:32:3: waarschuwing PG0162: vaststelling heeft gegevens, maar het onderdeel 'vaststelling' staat niet in je indeling: het komt niet in het plan (zet vaststelling onder onderdelen: van een hoofdstuk, of haal de gegevens weg)"],
            LinesWith(Outline.Replace("[veiligheidsbeleid, vaststelling]", "[veiligheidsbeleid, vaststeling]")));
    }

    [Fact]
    public void Part_placed_twice_is_an_error_at_the_second_place()
    {
        Assert.Equal([$"{S}:38:87: PG0160: het onderdeel 'rollen' staat al in hoofdstuk 'Wie doet wat' (regel 36) (zet elk onderdeel in één hoofdstuk en verwijder het hier)"],
            LinesWith(Outline.Replace("evaluatie, jaarplan]", "evaluatie, jaarplan, rollen]")));
    }

    [Fact]
    public void Part_with_a_legal_duty_left_out_is_a_warning_naming_the_duty()
    {
        Assert.Equal([$"{S}:32:3: waarschuwing PG0161: het onderdeel 'klachtenregeling' staat niet in je indeling, dus het plan beschrijft de klachtenregeling (WPO art. 14) niet (zet klachtenregeling onder onderdelen: van een hoofdstuk)"],
            LinesWith(Outline.Replace("[rollen, klachtenregeling,", "[rollen,")));
    }

    [Fact]
    public void Part_with_data_left_out_is_a_warning()
    {
        Assert.Equal([$"{S}:32:3: waarschuwing PG0162: incidentregistratie heeft gegevens, maar het onderdeel 'incidentregistratie' staat niet in je indeling: het komt niet in het plan (zet incidentregistratie onder onderdelen: van een hoofdstuk, of haal de gegevens weg)"],
            LinesWith(Outline.Replace("[monitoring, incidentregistratie,", "[monitoring,")));
    }

    [Fact]
    public void Chapter_and_section_without_text_are_errors()
    {
        var outline = Outline
            + "    - titel: Leeg hoofdstuk\n"
            + "    - titel: Eigen hoofdstuk\n"
            + "      paragrafen:\n"
            + "        - titel: Lege paragraaf\n";
        Assert.Equal(
        [
            $"{S}:39:7: PG0163: het hoofdstuk 'Leeg hoofdstuk' heeft geen tekst, onderdelen of paragrafen (geef het hoofdstuk een tekst:, zet er onderdelen: of paragrafen: in, of verwijder het)",
            $"{S}:42:11: PG0163: de paragraaf 'Lege paragraaf' heeft geen tekst (geef de paragraaf een tekst: of verwijder hem)",
        ], LinesWith(outline));
    }

    [Fact]
    public void Chapter_text_of_the_classic_model_is_reported_as_not_shown()
    {
        var school = MinimalSchool.School.Replace("teksten:\n", "teksten:\n  inzicht: Zo houden wij zicht.\n") + Outline;
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: school);
        Assert.Equal([$"{S}:27:12: waarschuwing PG0162: teksten: inzicht hoort bij de standaardindeling en komt niet in je eigen indeling (zet de tekst onder tekst: van een hoofdstuk (of paragraaf) in indeling:)"],
            Checks.Lines(repo));
    }

    [Fact]
    public void Heading_with_one_or_two_hashes_in_a_free_text_is_a_warning_with_the_fix()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("  evaluatie: Jaarlijks in juni.\n", "  evaluatie: |\n    Jaarlijks in juni.\n\n    ## Hoe wij evalueren\n\n    Met het team.\n"));
        Assert.Equal([$"{S}:27:14: waarschuwing PG0164: evaluatie: de kop '## Hoe wij evalueren' begint met ##: zo'n kop wordt een los hoofdstuk zonder nummer (schrijf ### (of ####) in plaats van ##, of maak er een hoofdstuk of paragraaf van onder indeling: (zie 'Je eigen indeling' in docs/yaml-format.md))"],
            Checks.Lines(repo));
    }
}
