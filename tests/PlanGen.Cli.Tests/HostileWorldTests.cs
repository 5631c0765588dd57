using System.Diagnostics;
using System.Text;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// Issue 20 beyond the severe cases, through the real CLI: special files as year plan, symlink loops,
/// two folders with one school id, output that cannot be written, damaged output, time zones, limits,
/// invalid characters and values that try to reach a report raw.
/// </summary>
public class HostileWorldTests
{
    private const string Kompas = "schools/stichting-rivierenland/obs-t-kompas";
    private const string KompasOutput = "output/stichting-rivierenland/obs-t-kompas/2025-2026";

    private static TestRepository Board()
    {
        var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        return repo;
    }

    private static void Shell(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed: {process.StandardError.ReadToEnd()}");
    }

    private static void AssertNoCrash(Plangen.Result result)
    {
        var text = result.Out + result.Error;
        Assert.DoesNotContain("interne fout", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void A_fifo_as_year_plan_does_not_hang_and_is_named()
    {
        using var repo = Board();
        Shell("mkfifo", Path.Combine(repo.Root, Kompas, "jaarplannen", "2026-2027.yaml"));
        var validate = Plangen.Run(repo.Root, "validate", Kompas);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{Kompas}/jaarplannen/2026-2027.yaml:1:1: PG0004: dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero) (zet hier een gewoon YAML-bestand neer)\n", validate.Out);
        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
        Assert.Equal(1, build.ExitCode);
        AssertNoCrash(build);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, KompasOutput)));
    }

    [Fact]
    public void Dev_zero_linked_as_year_plan_is_not_read()
    {
        using var repo = Board();
        File.CreateSymbolicLink(Path.Combine(repo.Root, Kompas, "jaarplannen", "2026-2027.yaml"), "/dev/zero");
        var validate = Plangen.Run(repo.Root, "validate", Kompas);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{Kompas}/jaarplannen/2026-2027.yaml:1:1: PG0007: dit bestand is een koppeling (symlink) naar een plek buiten de map van het bestuur en de sjablonen; PlanGen leest alleen bestanden binnen de repository (vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur)\n", validate.Out);
        AssertNoCrash(validate);
    }

    [Fact]
    public void Two_symlink_loops_in_a_school_folder_are_skipped_with_a_warning()
    {
        using var repo = Board();
        File.CreateSymbolicLink(Path.Combine(repo.Root, Kompas, "lus1"), "..");
        File.CreateSymbolicLink(Path.Combine(repo.Root, Kompas, "lus2"), "../..");
        var validate = Plangen.Run(repo.Root, "validate", "schools");
        Assert.Equal(0, validate.ExitCode);
        foreach (var link in new[] { "lus1", "lus2" })
        {
            Assert.Contains($"{Kompas}/{link}:1:1: waarschuwing PG0007: deze map is een koppeling (symlink) naar een map die al doorzocht is (een lus of een tweede weg naar dezelfde map); PlanGen slaat hem over (verwijder de koppeling; elke school staat maar op één plek)\n", validate.Out);
        }
        Assert.Contains("3 scholen gecontroleerd", validate.Out + validate.Error);
    }

    [Fact]
    public void Two_folders_with_the_same_school_id_are_an_error_naming_both()
    {
        using var repo = Board();
        var archived = "schools/archief/stichting-rivierenland/obs-t-kompas";
        foreach (var source in Directory.EnumerateFiles(Path.Combine(repo.Root, Kompas), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(repo.Root, archived, Path.GetRelativePath(Path.Combine(repo.Root, Kompas), source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
        Assert.True(File.Exists(Path.Combine(repo.Root, archived, "school.yaml")));

        var build = Plangen.Run(repo.Root, "build", "--format", "md");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains($"{Kompas}/school.yaml:1:1: PG0009: deze school heet net als {archived} 'stichting-rivierenland/obs-t-kompas': beide zouden in output/stichting-rivierenland/obs-t-kompas schrijven, daarom wordt geen van beide gebouwd (hernoem of verwijder een van de twee mappen (een oude school hoort niet onder schools/), of noem de map die je bedoelt)\n", build.Error);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "output/stichting-rivierenland/obs-t-kompas")));
        Assert.True(File.Exists(Path.Combine(repo.Root, "output/stichting-rivierenland/obs-de-linde/2025-2026/kwaliteitskaart.md")));
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_gives_a_dutch_line_per_file_and_exit_1()
    {
        using var repo = Board();
        File.WriteAllText(Path.Combine(repo.Root, "output"), "geen map");
        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
        Assert.Equal(1, build.ExitCode);
        AssertNoCrash(build);
        Assert.Contains($"{KompasOutput}/kwaliteitskaart.md:1:1: PG0008: kan dit bestand niet schrijven: een map in het pad bestaat niet of is een bestand (controleer of de uitvoermap bestaat, een map is en beschrijfbaar is, en bouw opnieuw; eerder gemaakte bestanden zijn niet aangeraakt)\n", build.Error);
        Assert.Equal("geen map", File.ReadAllText(Path.Combine(repo.Root, "output")));
    }

    [SkippableFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_read_only_output_folder_keeps_the_earlier_output_and_names_the_file()
    {
        Skip.If(!OperatingSystem.IsLinux() || Environment.UserName == "root", "needs Linux and an ordinary user (root may write into a read-only folder)");
        using var repo = Board();
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md").ExitCode);
        var folder = Path.Combine(repo.Root, KompasOutput);
        var before = File.ReadAllText(Path.Combine(folder, "kwaliteitskaart.md"));
        File.AppendAllText(Path.Combine(repo.Root, Kompas, "school.yaml"), "\nteksten:\n  evaluatie: Elk jaar in juni.\n");
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
            Assert.Equal(1, build.ExitCode);
            AssertNoCrash(build);
            Assert.Contains($"{KompasOutput}/sociaal-veiligheidsplan.md:1:1: PG0008: kan dit bestand niet schrijven: geen toestemming", build.Error);
            Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "kwaliteitskaart.md")));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_summary_to_a_full_disk_is_one_dutch_line()
    {
        using var repo = Board();
        var ci = Plangen.Run(repo.Root, "ci", "--school", "obs-t-kompas", "--format", "md", "--samenvatting", "/dev/full");
        Assert.Equal(1, ci.ExitCode);
        AssertNoCrash(ci);
        Assert.Contains("plangen: kan '/dev/full' niet lezen of schrijven: de schijf is vol; maak ruimte vrij op de schijf en bouw opnieuw; eerder gemaakte bestanden zijn niet aangeraakt.\n", ci.Error);
    }

    [Fact]
    public void An_output_changed_or_deleted_by_hand_is_rebuilt_not_trusted()
    {
        using var repo = Board();
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md").ExitCode);
        var card = Path.Combine(repo.Root, KompasOutput, "kwaliteitskaart.md");
        var good = File.ReadAllBytes(card);
        // Same length, other bytes: only the hash can tell.
        var damaged = (byte[])good.Clone();
        damaged[^2] ^= 0x20;
        File.WriteAllBytes(card, damaged);
        var again = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(good, File.ReadAllBytes(card));
        File.Delete(card);
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "md").ExitCode);
        Assert.Equal(good, File.ReadAllBytes(card));
    }

    [Fact]
    public void Builds_under_three_time_zones_give_identical_bytes()
    {
        using var repo = Board();
        var zones = new[] { "UTC", "Europe/Amsterdam", "Pacific/Kiritimati" };
        var outputs = new List<Dictionary<string, byte[]>>();
        foreach (var zone in zones)
        {
            var folder = "uit-" + zone.Replace('/', '-');
            var build = Plangen.Run(repo.Root, new Dictionary<string, string> { ["TZ"] = zone }, "build", "--school", "obs-t-kompas", "--format", "all", "--out", folder);
            Assert.True(build.ExitCode == 0, build.Error);
            var root = Path.Combine(repo.Root, folder);
            outputs.Add(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes));
        }
        Assert.Contains(outputs[0].Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(outputs[0].Keys, k => k.EndsWith(".docx", StringComparison.Ordinal));
        foreach (var other in outputs.Skip(1))
        {
            Assert.Equal(outputs[0].Keys.Order(), other.Keys.Order());
            Assert.All(outputs[0], pair => Assert.True(pair.Value.AsSpan().SequenceEqual(other[pair.Key]), $"{pair.Key} differs between time zones"));
        }
    }

    [Fact]
    public void Five_thousand_activities_are_refused_with_a_message_about_the_limit()
    {
        using var repo = Board();
        var plan = new StringBuilder("schooljaar: 2025-2026\nactiviteiten:\n");
        for (var i = 0; i < 5000; i++)
        {
            plan.Append($"  - wat: Activiteit {i}\n    wanneer: november\n    wie: directeur\n");
        }
        File.WriteAllText(Path.Combine(repo.Root, Kompas, "jaarplannen", "2025-2026.yaml"), plan.ToString());
        var validate = Plangen.Run(repo.Root, "validate", Kompas);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{Kompas}/jaarplannen/2025-2026.yaml:3:3: PG0003: deze lijst heeft meer dan 1.000 onderdelen; zo groot is geen plan (een jaarplan heeft tientallen activiteiten, geen duizenden) (vereenvoudig de structuur van het bestand)\n", validate.Out);
        Assert.DoesNotContain("alias", validate.Out);
    }

    [Fact]
    public void Markdown_nested_120_deep_is_refused_at_its_line_and_20_deep_builds_in_every_format()
    {
        using var repo = Board();
        var file = Path.Combine(repo.Root, Kompas, "school.yaml");
        var original = File.ReadAllText(file);
        const string Anchor = "    voelt, zodat het tot leren komt.\n";
        string Nested(int depth) => Anchor + "\n    " + string.Concat(Enumerable.Repeat("> ", depth)) + "citaat\n\n    " + string.Concat(Enumerable.Repeat("- ", depth)) + "lijst\n";
        File.WriteAllText(file, original.Replace(Anchor, Nested(120)));
        var deep = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "all");
        Assert.Equal(1, deep.ExitCode);
        AssertNoCrash(deep);
        Assert.Contains($"{Kompas}/school.yaml:11:10: PG0003: deze tekst is te diep genest: 120 lijsten of citaten (>) in elkaar, maximaal 32 (schrijf de tekst met hooguit een paar niveaus; een opsomming in een opsomming is genoeg)\n", deep.Error);

        File.WriteAllText(file, original.Replace(Anchor, Nested(20)));
        var fine = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "all");
        Assert.True(fine.ExitCode == 0, fine.Error);
        foreach (var format in new[] { "md", "html", "docx", "pdf" })
        {
            Assert.True(new FileInfo(Path.Combine(repo.Root, KompasOutput, $"sociaal-veiligheidsplan.{format}")).Length > 1000, format);
        }
    }

    [Theory]
    [InlineData("raw", "  kernwaarde: Sa\uFFFEmen\n", "school.yaml:10:17: PG0004: hier staat een ongeldig teken (U+FFFE, een 'niet-teken' dat in Unicode nooit tekst is); PlanGen kan het in geen enkel document zetten")]
    [InlineData("escaped", "  kernwaarde: \"Sa\\uFFFFmen\"\n", "school.yaml:10:15: PG0004: deze tekst bevat een ongeldig teken (U+FFFF, een 'niet-teken' dat in Unicode nooit tekst is), bijvoorbeeld via een code als \\uFFFF; PlanGen kan het in geen enkel document zetten")]
    [InlineData("control", "  kernwaarde: Sa\u0007men\n", "school.yaml:10:17: PG0004: hier staat een ongeldig teken (het stuurteken U+0007); PlanGen kan het in geen enkel document zetten")]
    [InlineData("noncharacter", "  kernwaarde: Sa\uFDD0men\n", "school.yaml:10:17: PG0004: hier staat een ongeldig teken (U+FDD0, een 'niet-teken' dat in Unicode nooit tekst is); PlanGen kan het in geen enkel document zetten")]
    public void Noncharacters_and_controls_are_refused_at_load_with_their_place(string name, string line, string expected)
    {
        using var repo = Board();
        var file = Path.Combine(repo.Root, Kompas, "school.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  kernwaarde: Samen\n", line));
        var build = Plangen.Run(repo.Root, "build", "--school", "obs-t-kompas", "--format", "all");
        Assert.True(build.ExitCode == 1, name);
        AssertNoCrash(build);
        Assert.Contains($"{Kompas}/{expected}", build.Error);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, KompasOutput)));
    }

    [Fact]
    public void Values_echoed_into_reports_cannot_start_a_workflow_command_or_reach_the_terminal_raw()
    {
        using var repo = Board();
        var file = Path.Combine(repo.Root, Kompas, "school.yaml");
        var hostile = "\"x\\n::error title=pwned::gehackt\\n::add-mask::geheim \\e[31mrood\\u202Eomgekeerd\"";
        File.WriteAllText(file, File.ReadAllText(file).Replace("    groepen: 5-8\n", $"    groepen: {hostile}\n"));
        var summary = Path.Combine(repo.Root, "samenvatting.md");
        var reports = new[]
        {
            Plangen.Run(repo.Root, "validate", Kompas),
            Plangen.Run(repo.Root, "validate", Kompas, "--format", "json"),
            Plangen.Run(repo.Root, "validate", Kompas, "--format", "sarif"),
            Plangen.Run(repo.Root, "ci", "--school", "obs-t-kompas", "--format", "md", "--samenvatting", summary),
        };
        var texts = reports.Select(r => r.Out + r.Error).Append(File.ReadAllText(summary)).ToList();
        Assert.Contains("pwned", texts[0]);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text.Split('\n'), l => l.TrimStart().StartsWith("::", StringComparison.Ordinal));
            Assert.DoesNotContain('\u001B', text);
            Assert.DoesNotContain('\u202E', text);
        }
    }
}
