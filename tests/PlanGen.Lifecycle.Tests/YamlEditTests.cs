using PlanGen.Lifecycle.Adoption;
using PlanGen.Lifecycle.Rollover;
using PlanGen.Lifecycle.Yaml;
using PlanGen.Core.Loading;

namespace PlanGen.Lifecycle.Tests;

/// <summary>vaststellen and nieuw-schooljaar on YAML written in every valid way: edited correctly, or refused before writing.</summary>
public sealed class YamlEditTests
{
    private static readonly AdoptionEntry Mr = new("MR", new DateOnly(2026, 9, 15), "2.0", "2026-2027", "instemming, met één [opmerking]", ["a: b", "c"]);

    [Fact]
    public void Flow_style_list_gets_the_entry_inside_its_brackets()
    {
        const string text = "school: {naam: X}\nvaststelling: [ {orgaan: team, datum: 2025-08-28}, {orgaan: MR, datum: 2025-09-18},\n  {orgaan: bestuur, datum: 2025-09-30} ]\nrollen: []\n";
        var result = AdoptionSplicer.Add(text, Mr);
        Assert.Equal("school: {naam: X}\nvaststelling: [ {orgaan: team, datum: 2025-08-28}, {orgaan: MR, datum: 2025-09-18},\n  {orgaan: bestuur, datum: 2025-09-30}, {orgaan: \"MR\", datum: 2026-09-15, toelichting: \"instemming, met één [opmerking]\", versie: \"2.0\", schooljaar: \"2026-2027\", wijzigingen: [\"a: b\", \"c\"]} ]\nrollen: []\n", result);
    }

    [Theory]
    [InlineData("school: {naam: X}\nvaststelling: []\n", "school: {naam: X}\nvaststelling: [ {orgaan: \"team\", datum: 2025-09-01} ]\n")]
    [InlineData("{school: {naam: X}, rollen: []}", "{school: {naam: X}, rollen: [], vaststelling: [{orgaan: \"team\", datum: 2025-09-01}]}")]
    [InlineData("{school: {naam: X}, vaststelling: }\n", "{school: {naam: X}, vaststelling: [{orgaan: \"team\", datum: 2025-09-01}] }\n")]
    [InlineData("school:\n  naam: X\nvaststelling:   # nog niet\nrollen: []", "school:\n  naam: X\nvaststelling:\n  - orgaan: team\n    datum: 2025-09-01   # nog niet\nrollen: []")]
    [InlineData("school:\n  naam: X\nvaststelling:\n- orgaan: MR\n  datum: 2025-09-15", "school:\n  naam: X\nvaststelling:\n- orgaan: MR\n  datum: 2025-09-15\n- orgaan: team\n  datum: 2025-09-01\n")]
    [InlineData("school:\n  naam: X\nvaststelling:\n  - orgaan: MR\n    datum: 2025-09-15\n    toelichting: |\n      lang verhaal\n\n# einde\n", "school:\n  naam: X\nvaststelling:\n  - orgaan: MR\n    datum: 2025-09-15\n    toelichting: |\n      lang verhaal\n  - orgaan: team\n    datum: 2025-09-01\n\n# einde\n")]
    [InlineData("school:\n  naam: X\nvaststelling:\n  - {orgaan: MR, datum: 2025-09-15}  # flow item\n", "school:\n  naam: X\nvaststelling:\n  - {orgaan: MR, datum: 2025-09-15}  # flow item\n  - orgaan: team\n    datum: 2025-09-01\n")]
    [InlineData("eerder: &mr {orgaan: MR, datum: 2025-09-15}\nvaststelling:\n  - *mr\n", "eerder: &mr {orgaan: MR, datum: 2025-09-15}\nvaststelling:\n  - *mr\n  - orgaan: team\n    datum: 2025-09-01\n")]
    public void Every_valid_way_of_writing_the_list_gets_one_entry_more(string text, string expected)
    {
        var result = AdoptionSplicer.Add(text, new AdoptionEntry("team", new DateOnly(2025, 9, 1), null, null, null, []));
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Crlf_and_no_final_newline_keep_their_line_ends()
    {
        const string text = "school:\r\n  naam: X\r\nvaststelling:\r\n  - orgaan: MR\r\n    datum: 2025-09-15";
        var result = AdoptionSplicer.Add(text, new AdoptionEntry("team", new DateOnly(2025, 9, 1), null, null, "met\nregel", []));
        Assert.Equal(text + "\r\n  - orgaan: team\r\n    datum: 2025-09-01\r\n    toelichting: \"met\\nregel\"\r\n", result);
    }

    [Theory]
    [InlineData("lijst: &l\n  - orgaan: MR\n    datum: 2025-09-15\nvaststelling: *l\n", "verwijst met *l naar een lijst elders (regel 4)")]
    [InlineData("vaststelling: MR op 15 september\n", "vaststelling: op regel 1 is geen lijst")]
    [InlineData("vaststelling:\n  - orgaan: MR\nvaststelling: []\n", "is geen geldige YAML (regel 3: het veld 'vaststelling' staat twee keer")]
    [InlineData("- a\n- b\n", "is geen blok met velden")]
    [InlineData("school: [\n", "is geen geldige YAML (regel")]
    public void What_cannot_be_edited_safely_is_refused(string text, string message)
    {
        var error = Assert.Throws<YamlEditException>(() => AdoptionSplicer.Add(text, Mr));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Rollover_of_a_flow_style_plan_shifts_dates_and_drops_finished_items()
    {
        const string text = "schooljaar: 2025-2026\nactiviteiten: [ {wat: A, wanneer: 2025-10-01, status: afgerond}, {wat: B, wanneer: 2025-11, status: bezig, evaluatie: half},\n  {wat: C, wanneer: oktober 2025, terugkerend: ja, status: afgerond}, {wat: D, status: afgerond} ]\nevaluatie: goed\n";
        var result = YearRollover.Roll(text, new SchoolYear(2025));
        Assert.Equal("schooljaar: 2026-2027\nactiviteiten: [ {wat: B, wanneer: 2026-11, status: bezig, evaluatie: ~},\n  {wat: C, wanneer: oktober 2026, terugkerend: ja, status: gepland} ]\nevaluatie:\n", result.Text);
        Assert.Equal(["A", "D"], result.Dropped);
    }

    [Fact]
    public void Rollover_keeps_crlf_and_refuses_aliases_in_activities()
    {
        const string text = "schooljaar: 2025-2026\r\nactiviteiten:\r\n  - wat: A\r\n    wanneer: 2025-10-01\r\n    status: afgerond\r\n  - wat: B\r\n    wanneer: 2025-11-01";
        Assert.Equal("schooljaar: 2026-2027\r\nactiviteiten:\r\n  # overgenomen uit 2025-2026\r\n  - wat: B\r\n    wanneer: 2026-11-01", YearRollover.Roll(text, new SchoolYear(2025)).Text);
        const string aliased = "vast: &v {wat: A, wanneer: 2025-10-01}\nactiviteiten:\n  - *v\n";
        Assert.Contains("verwijzing (*anker, regel 3)", Assert.Throws<YamlEditException>(() => YearRollover.Roll(aliased, new SchoolYear(2025))).Message);
    }
}
