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

    [Theory]
    [InlineData("/etc/passwd", "root:")]
    [InlineData("/proc/self/environ", "PLANGEN_GEHEIM=")]
    public void A_template_symlinked_out_of_the_repository_is_never_read(string target, string secret)
    {
        using var repo = Examples();
        var partial = Path.Combine(repo.Root, "schools/stichting-horizon/templates/partials/rollen-tabel.scriban");
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        File.CreateSymbolicLink(partial, target);
        var environment = new Dictionary<string, string> { ["PLANGEN_GEHEIM"] = "token-42" };

        var build = Plangen.Run(repo.Root, environment, "build", "--format", "md");
        var publish = Plangen.Run(repo.Root, environment, "publish");

        foreach (var run in new[] { build, publish })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("schools/stichting-horizon/templates/partials/rollen-tabel.scriban:1:1: PG0007: dit sjabloon is een koppeling (symlink) naar een bestand buiten de sjabloonmappen", run.Out + run.Error);
            Assert.DoesNotContain(secret, run.Out + run.Error);
        }
        Assert.Contains("2 van 5 scholen gebouwd", build.Out);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output/stichting-horizon")));
        var written = Directory.GetFiles(Path.Combine(repo.Root, "output"), "*", SearchOption.AllDirectories);
        Assert.Contains(written, f => f.EndsWith("obs-de-linde/2025-2026/sociaal-veiligheidsplan.md", StringComparison.Ordinal));
        Assert.Contains(written, f => f.Contains("/site/", StringComparison.Ordinal));
        Assert.All(written, f => Assert.DoesNotContain(secret, File.ReadAllText(f)));
    }

    [Fact]
    public void A_template_symlinked_inside_the_repository_is_used()
    {
        using var repo = Examples();
        var partial = Path.Combine(repo.Root, "schools/stichting-horizon/templates/partials/rollen-tabel.scriban");
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        File.CreateSymbolicLink(partial, "../../../../templates/partials/rollen-tabel.scriban");
        var build = Plangen.Run(repo.Root, "build", "--format", "md");
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
    }

    [Fact]
    public void A_png_bomb_as_board_logo_is_an_error_at_its_line_and_every_other_school_gets_its_pdf()
    {
        using var repo = Examples();
        File.WriteAllBytes(Path.Combine(repo.Root, "schools/stichting-horizon/logo.png"), PngBomb.Bytes.Value);

        var build = Plangen.Run(repo.Root, "build", "--format", "pdf");

        Assert.Equal(1, build.ExitCode);
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(repo.Root, "schools/stichting-horizon/bestuur.yaml")), l => l == "  logo: logo.png") + 1;
        Assert.Contains($"schools/stichting-horizon/bestuur.yaml:{line}:9: PG0202: het logo is 60000 x 60000 beeldpunten; dat is te groot (maximaal 20000 per zijde en 40 miljoen in totaal)", build.Error);
        Assert.Contains("2 van 5 scholen gebouwd", build.Out);
        Assert.True(File.Exists(Path.Combine(repo.Root, "output/stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.pdf")));
        Assert.True(File.Exists(Path.Combine(repo.Root, "output/stichting-rivierenland/obs-t-kompas/2025-2026/sociaal-veiligheidsplan.pdf")));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output/stichting-horizon")));
        Assert.DoesNotContain("fatal", build.Out + build.Error);
    }

    private const string Buitenhof = "schools/stichting-horizon/ikc-de-buitenhof";

    /// <summary>A board's chapter template that keeps a private note in a "::: intern" block, right after a value.</summary>
    private const string PrivateChapter = "## Communicatie\n\n::: intern\n{{ teksten.communicatie }}\n\nSysteem: {{ incidentregistratie.systeem }}\n\nPrivé: bel de directeur op 06-11112222.\n:::\n\nEinde van het hoofdstuk.\n";

    [Theory]
    [InlineData("markdown field", "  communicatie: |\n    Het bestuur onderhoudt de contacten met de media.\n    :::\n    Nog een regel.\n")]
    [InlineData("plain field", null)]
    public void A_value_with_a_fence_line_cannot_close_an_intern_block(string kind, string? communicatie)
    {
        using var repo = Examples();
        repo.Write("schools/stichting-horizon/templates/sociaal-veiligheidsplan/hoofdstukken/communicatie.scriban", PrivateChapter);
        var file = Path.Combine(repo.Root, Buitenhof, "school.yaml");
        var text = File.ReadAllText(file);
        text = communicatie is not null
            ? System.Text.RegularExpressions.Regex.Replace(text, "  communicatie: \\|\n(    .*\n|\n)*", communicatie)
            : text.Replace("  systeem: ons administratiesysteem\n", "  systeem: \"ons systeem\\n:::\\nen verder\"\n");
        File.WriteAllText(file, text);

        var build = Plangen.Run(repo.Root, "build", "--school", "ikc-de-buitenhof", "--format", "all", "--editie", "openbaar");
        var publish = Plangen.Run(repo.Root, "publish", "--bestuur", "stichting-horizon");

        Assert.True(build.ExitCode == 0, kind + build.Error);
        Assert.True(publish.ExitCode == 0, kind + publish.Error);
        var files = Directory.GetFiles(Path.Combine(repo.Root, "output"), "sociaal-veiligheidsplan.*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(repo.Root, "output", "site"), "*.html", SearchOption.AllDirectories)).ToList();
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("/site/", StringComparison.Ordinal));
        foreach (var output in files)
        {
            var content = Published.Text(output);
            Assert.DoesNotContain("06-11112222", content);
            Assert.DoesNotContain("Nog een regel", content);
        }
        var markdown = File.ReadAllText(files.Single(f => f.EndsWith(".md", StringComparison.Ordinal)));
        Assert.Contains("Einde van het hoofdstuk.", markdown);
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

/// <summary>A 60000 x 60000 one-bit grey PNG of about 440 kB: valid chunks and CRCs, 450 MB of zero rows deflated.</summary>
internal static class PngBomb
{
    public const int Side = 60_000;

    public static readonly Lazy<byte[]> Bytes = new(Create);

    private static byte[] Create()
    {
        using var idat = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(idat, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var rows = new byte[(Side / 8 + 1) * 100];
            for (var i = 0; i < Side / 100; i++)
            {
                zlib.Write(rows);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header, Side);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), Side);
        header[8] = 1; // bit depth 1, colour type 0 (grey)
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
