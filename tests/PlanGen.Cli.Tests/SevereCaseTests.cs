using System.Text;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The four severe findings of issue 20, each with its exact reproduction through the real CLI:
/// a template symlinked out of the repository, a value that closes a "::: intern" block, a PNG bomb as
/// logo, and vaststellen on valid YAML in flow style, with an alias, or with CRLF and a BOM.
/// </summary>
public class SevereCaseTests
{
    private const string Wilgen = "schools/stichting-horizon/jenaplanschool-de-wilgen";

    private static TestRepository Examples()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        return repo;
    }

    private const string BlockList = "vaststelling:\n  - orgaan: team\n    datum: 2025-08-28\n  - orgaan: MR\n    datum: 2025-09-18\n    toelichting: instemming\n  - orgaan: bestuur\n    datum: 2025-09-30\n    toelichting: kennisname\n";

    [Fact]
    public void Vaststellen_on_a_flow_style_list_keeps_all_three_entries_and_adds_the_fourth()
    {
        using var repo = Examples();
        var file = Path.Combine(repo.Root, Wilgen, "school.yaml");
        var original = File.ReadAllText(file);
        Assert.Contains(BlockList, original);
        File.WriteAllText(file, original.Replace(BlockList, "vaststelling: [ {orgaan: team, datum: 2025-08-28}, {orgaan: MR, datum: 2025-09-18, toelichting: instemming},\n  {orgaan: bestuur, datum: 2025-09-30, toelichting: kennisname} ]\n"));

        var adopt = Plangen.Run(repo.Root, "vaststellen", "jenaplanschool-de-wilgen", "--orgaan", "MR", "--datum", "2026-09-15");

        Assert.Equal(0, adopt.ExitCode);
        var text = File.ReadAllText(file);
        Assert.Contains("  {orgaan: bestuur, datum: 2025-09-30, toelichting: kennisname}, {orgaan: \"MR\", datum: 2026-09-15, schooljaar: \"2025-2026\"} ]\n", text);
        var validate = Plangen.Run(repo.Root, "validate", Wilgen, "--format", "json");
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(4, CountAdoptions(repo, "jenaplanschool-de-wilgen"));
    }

    [Fact]
    public void Vaststellen_on_an_alias_is_refused_and_the_file_is_unchanged()
    {
        using var repo = Examples();
        var file = Path.Combine(repo.Root, Wilgen, "school.yaml");
        var aliased = File.ReadAllText(file).Replace(BlockList, BlockList.Replace("vaststelling:", "eerdere_vaststelling: &lijst") + "vaststelling: *lijst\n");
        File.WriteAllText(file, aliased);

        var adopt = Plangen.Run(repo.Root, "vaststellen", "jenaplanschool-de-wilgen", "--orgaan", "MR", "--datum", "2026-09-15");

        Assert.Equal(1, adopt.ExitCode);
        Assert.Contains($"plangen: {Wilgen}/school.yaml: vaststelling: verwijst met *lijst naar een lijst elders (regel 34); schrijf de lijst daar voluit, dan kan PlanGen er een regel aan toevoegen. Er is niets veranderd.", adopt.Error);
        Assert.Equal(aliased, File.ReadAllText(file));
    }

    [Fact]
    public void Vaststellen_with_crlf_a_bom_and_no_final_newline_keeps_them_and_adds_the_entry()
    {
        using var repo = Examples();
        var file = Path.Combine(repo.Root, Wilgen, "school.yaml");
        var original = File.ReadAllText(file).TrimEnd('\n').Replace("\n", "\r\n");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);

        var adopt = Plangen.Run(repo.Root, "vaststellen", "jenaplanschool-de-wilgen", "--orgaan", "MR", "--datum", "2026-09-15");

        Assert.Equal(0, adopt.ExitCode);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.Contains("    toelichting: kennisname\r\n  - orgaan: MR\r\n    datum: 2026-09-15\r\n", text);
        Assert.Equal(original, text.Replace("  - orgaan: MR\r\n    datum: 2026-09-15\r\n    schooljaar: 2025-2026\r\n", ""));
        Assert.Equal(4, CountAdoptions(repo, "jenaplanschool-de-wilgen"));
    }

    [Fact]
    public void Nieuw_schooljaar_on_a_flow_style_plan_with_crlf_gives_a_valid_plan()
    {
        using var repo = Examples();
        var plans = Path.Combine(repo.Root, Wilgen, "jaarplannen");
        var from = Directory.GetFiles(plans, "*.yaml").Order(StringComparer.Ordinal).Last();
        var year = Path.GetFileNameWithoutExtension(from);
        var next = $"{int.Parse(year[..4]) + 1}-{int.Parse(year[..4]) + 2}";
        File.WriteAllText(from, $"schooljaar: {year}\r\nactiviteiten: [ {{wat: Gouden weken, wanneer: september, terugkerend: ja, status: afgerond}}, {{wat: Oud, wanneer: {year[..4]}-10-01, status: afgerond}},\r\n  {{wat: Ouderavond, wanneer: {year[5..]}-02-10, status: bezig, evaluatie: half}} ]\r\n");

        var roll = Plangen.Run(repo.Root, "nieuw-schooljaar", "jenaplanschool-de-wilgen", next);

        Assert.Equal(0, roll.ExitCode);
        Assert.Equal($"schooljaar: {next}\r\nactiviteiten: [ {{wat: Gouden weken, wanneer: september, terugkerend: ja, status: gepland}}, {{wat: Ouderavond, wanneer: {int.Parse(year[5..]) + 1}-02-10, status: bezig, evaluatie: ~}} ]\r\n",
            File.ReadAllText(Path.Combine(plans, next + ".yaml")));
        Assert.Contains("1 terugkerend (nieuwe datum, status gepland), 1 overgenomen (nog niet klaar), 1 afgerond en weggelaten", roll.Out);
    }

    private static int CountAdoptions(TestRepository repo, string school)
    {
        var build = Plangen.Run(repo.Root, "build", "--school", school, "--format", "md");
        Assert.True(build.ExitCode == 0, build.Error);
        var markdown = File.ReadAllText(Directory.GetFiles(Path.Combine(repo.Root, "output"), "sociaal-veiligheidsplan.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());
        var adopted = markdown.Split('\n').Single(line => line.StartsWith("vastgesteld: ", StringComparison.Ordinal));
        return System.Text.Json.JsonDocument.Parse(adopted["vastgesteld: ".Length..]).RootElement.GetArrayLength();
    }
}
