using System.Diagnostics;
using System.Text;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The hostile-input table of issue 20: each row breaks one thing in a copy of a real board, runs the real
/// CLI and asserts the exit code, the exact Dutch line (file:line:col) or the safe result, that no stack
/// trace or "interne fout" appears, and that nothing was written that should not be. Kinds: YAML syntax and
/// limits, types and values, year plans, characters, values that try to change structure, files and links,
/// logos, output faults, identity. Most rows use validate (no writers), so the table stays quick.
/// </summary>
public class HostileTableTests
{
    private const string Kompas = "schools/stichting-rivierenland/obs-t-kompas";
    private const string School = Kompas + "/school.yaml";
    private const string Plan = Kompas + "/jaarplannen/2025-2026.yaml";
    private const string Board = "schools/stichting-rivierenland/bestuur.yaml";

    /// <summary>One row: what breaks, the command, the exit code and the line the user must see (or, for safe input, a line of the result).</summary>
    public sealed record Case(string Kind, string Name, Action<string> Break, string[] Command, int Exit, string Expected)
    {
        public override string ToString() => $"{Kind}: {Name}";
    }

    private static readonly string[] Validate = ["validate", Kompas];
    private static readonly string[] BuildMd = ["build", "--school", "obs-t-kompas", "--format", "md"];

    private static Action<string> Replace(string file, string old, string replacement) => root =>
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text);
        File.WriteAllText(path, text.Replace(old, replacement));
    };

    private static Action<string> Write(string file, string text) => root => File.WriteAllText(Path.Combine(root, file), text);

    private static Action<string> Bytes(string file, byte[] bytes) => root => File.WriteAllBytes(Path.Combine(root, file), bytes);

    private static Action<string> Link(string file, string target) => root =>
    {
        var path = Path.Combine(root, file);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.CreateSymbolicLink(path, target);
    };

    private static Action<string> Folder(string file) => root =>
    {
        var path = Path.Combine(root, file);
        File.Delete(path);
        Directory.CreateDirectory(path);
    };

    private static Action<string> Fifo(string file) => root =>
    {
        var path = Path.Combine(root, file);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        using var process = Process.Start("mkfifo", path);
        process.WaitForExit();
    };

    private static Action<string> Logo(byte[] bytes) => root =>
    {
        Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijkdorp\n  logo: logo.png\n")(root);
        File.WriteAllBytes(Path.Combine(root, Kompas, "logo.png"), bytes);
    };

    private static Action<string> Both(Action<string> first, Action<string> second) => root =>
    {
        first(root);
        second(root);
    };

    private static byte[] Png(int width, int height, bool goodCrc = true)
    {
        var header = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 };
        var ihdr = new byte[] { (byte)(width >> 24), (byte)(width >> 16), (byte)(width >> 8), (byte)width, (byte)(height >> 24), (byte)(height >> 16), (byte)(height >> 8), (byte)height, 8, 6, 0, 0, 0 };
        var crc = System.IO.Hashing.Crc32.HashToUInt32([0x49, 0x48, 0x44, 0x52, .. ihdr]) ^ (goodCrc ? 0u : 1u);
        return [.. header, .. ihdr, (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static string Laughs()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 0; i < 9; i++)
        {
            var (me, prev) = ((char)('b' + i), (char)('a' + i));
            bomb.Append($"{me}: &{me} [{string.Join(", ", Enumerable.Repeat("*" + prev, 10))}]\n");
        }
        return bomb.ToString();
    }

    private static string Activities(int count)
    {
        var plan = new StringBuilder("schooljaar: 2025-2026\nactiviteiten:\n");
        for (var i = 0; i < count; i++)
        {
            plan.Append($"  - wat: Activiteit {i}\n    wanneer: november\n    wie: directeur\n");
        }
        return plan.ToString();
    }

    /// <summary>The rows of some kinds: three test classes share the table, so xunit runs them side by side.</summary>
    public static TheoryData<Case> Rows(string kinds) => [.. All.Where(r => kinds.Split(',').Contains(r.Kind))];

    private static readonly Case[] All = CasesTable.Rows;

    [Theory]
    [MemberData(nameof(Rows), "syntax,limits")]
    public void Hostile_input_gives_the_exact_dutch_line_and_nothing_else(Case row) => Check(row);

    [Fact]
    public void Every_row_belongs_to_one_of_the_three_runs()
    {
        string[] runs = ["syntax,limits", HostileTableValuesTests.Kinds, HostileTableFilesTests.Kinds];
        Assert.Equal(All.Length, runs.Sum(r => Rows(r).Count));
    }

    internal static void Check(Case row)
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools/stichting-rivierenland");
        repo.CopyFromSource("templates");
        row.Break(repo.Root);
        var linde = Path.Combine(repo.Root, "schools/stichting-rivierenland/obs-de-linde/school.yaml");
        var lindeBefore = File.ReadAllText(linde);

        var result = Plangen.Run(repo.Root, row.Command);

        var report = result.Out + result.Error;
        Assert.True(row.Exit == result.ExitCode, $"exit {result.ExitCode}: {report}");
        Assert.Contains(row.Expected, report);
        Assert.DoesNotContain("interne fout", report);
        Assert.DoesNotContain("Exception", report);
        Assert.DoesNotContain("   at ", report);
        Assert.Equal(lindeBefore, File.ReadAllText(linde));
        if (row.Command[0] == "validate")
        {
            Assert.False(Directory.Exists(Path.Combine(repo.Root, "output")), "validate writes nothing");
        }
        else if (row.Exit != 0)
        {
            Assert.False(Directory.Exists(Path.Combine(repo.Root, "output/stichting-rivierenland/obs-t-kompas/2025-2026")), "a broken school writes nothing");
        }
    }

    [Fact]
    public void The_table_has_at_least_80_rows_with_distinct_names()
    {
        Assert.True(All.Length >= 80, $"{All.Length} rows");
        Assert.Equal(All.Length, All.Select(r => r.Name).Distinct().Count());
    }

    /// <summary>The rows, by kind.</summary>
    private static class CasesTable
    {
        public static readonly Case[] Rows =
        [
            // YAML syntax
            new("syntax", "empty file", Write(School, ""), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0103: school.yaml is leeg (vul minstens school: naam: in)"),
            new("syntax", "only a comment", Write(School, "# niets\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0103: school.yaml is leeg (vul minstens school: naam: in)"),
            new("syntax", "tab indentation", Replace(School, "\n  naam:", "\n\tnaam:"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0001: deze regel is geen geldige YAML: een tab wordt gebruikt om in te springen (controleer de inspringing (twee spaties per niveau) en zet tekst met een dubbele punt tussen aanhalingstekens)"),
            new("syntax", "unclosed double quote", Replace(School, "naam: OBS 't Kompas", "naam: \"OBS 't Kompas"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:4:9: PG0001: het aanhalingsteken \" aan het begin van deze tekst wordt nergens afgesloten (zet aan het eind van de tekst ook een \", of laat het aanhalingsteken aan het begin weg)"),
            new("syntax", "unclosed flow list", Replace(School, "    maanden: nov\n", "    maanden: [nov, mrt\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:34:15: PG0001: dit is geen geldige YAML: het bestand houdt onverwacht op of bevat een teken dat hier niet kan staan (controleer de inspringing (twee spaties per niveau) en zet tekst met een dubbele punt tussen aanhalingstekens)"),
            new("syntax", "unclosed flow mapping", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: {a: b\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:16: PG0001: dit is geen geldige YAML: het bestand houdt onverwacht op of bevat een teken dat hier niet kan staan (controleer de inspringing (twee spaties per niveau) en zet tekst met een dubbele punt tussen aanhalingstekens)"),
            new("syntax", "duplicate key", Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijkdorp\n  plaats: Elders\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:3: PG0002: het veld 'plaats' staat twee keer in hetzelfde blok (eerst op regel 5) (verwijder of hernoem een van de twee)"),
            new("syntax", "second document", Replace(School, "\nvisie:", "\n---\nvisie:"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:9:1: PG0001: het bestand bevat meer dan één YAML-document (---) (zet alles in één document)"),
            new("syntax", "invalid utf-8 byte", root => File.WriteAllBytes(Path.Combine(root, School), [.. File.ReadAllBytes(Path.Combine(root, School)), 0xC3, 0x28]), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:42:1: PG0004: het bestand is geen geldige UTF-8-tekst (sla het bestand op als UTF-8 (in VS Code: rechtsonder de codering kiezen))"),
            new("syntax", "utf-16 file", root => File.WriteAllText(Path.Combine(root, School), File.ReadAllText(Path.Combine(root, School)), Encoding.Unicode), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: het bestand is geen geldige UTF-8-tekst (sla het bestand op als UTF-8 (in VS Code: rechtsonder de codering kiezen))"),
            new("syntax", "binary data", Bytes(School, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))]), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: het bestand is geen geldige UTF-8-tekst (sla het bestand op als UTF-8 (in VS Code: rechtsonder de codering kiezen))"),
            new("syntax", "nul character", Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijk\0dorp\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: het bestand bevat binaire gegevens en is geen tekstbestand (sla het op als YAML-tekst (UTF-8))"),
            new("syntax", "bom and crlf accepted", root => File.WriteAllBytes(Path.Combine(root, School), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(root, School)).Replace("\n", "\r\n"))]), Validate, 0, "1 school gecontroleerd: 0 fouten"),
            new("syntax", "no final newline accepted", root => File.WriteAllText(Path.Combine(root, School), File.ReadAllText(Path.Combine(root, School)).TrimEnd('\n')), Validate, 0, "1 school gecontroleerd: 0 fouten"),
            new("syntax", "root is a list", Write(School, "- school\n- visie\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0102: school.yaml moet uit velden bestaan (naam: waarde), niet uit een lijst of een losse tekst (begin met school: en daaronder, ingesprongen, naam:)"),
            new("syntax", "root is text", Write(School, "gewoon tekst\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0102: school.yaml moet uit velden bestaan (naam: waarde), niet uit een lijst of een losse tekst (begin met school: en daaronder, ingesprongen, naam:)"),
            new("syntax", "key that is a list", Replace(School, "  plaats: Dijkdorp\n", "  ? [a, b]\n  : c\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:5: PG0001: een veldnaam moet gewone tekst zijn (schrijf de naam van het veld gevolgd door een dubbele punt)"),
            new("syntax", "missing dash in a list", Replace(School, "  - rol: bhv\n    naam: Fleur de Boer\n", "  - rol: bhv\n    naam: Fleur de Boer\n    email: f.deboer@obstkompas.example\n    rol: bhv\n    naam: Tweede\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:27:5: PG0001: hier begint een nieuw onderdeel van de lijst ('rol' stond al op regel 24), maar het streepje ontbreekt (zet '- ' voor 'rol:' en spring die regel in zoals het streepje erboven)"),
            new("syntax", "colon in unquoted value", Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijkdorp: centrum\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:19: PG0001: deze tekst bevat een dubbele punt (:), en YAML leest dat als het begin van een nieuw veld (zet de tekst tussen aanhalingstekens: plaats: \"Dijkdorp: centrum\")"),
            new("syntax", "unknown anchor", Replace(School, "  plaats: Dijkdorp\n", "  plaats: *nergens\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:11: PG0001: deze tekst begint met '*', en dat teken heeft in YAML een eigen betekenis (zet de hele tekst tussen aanhalingstekens: plaats: \"*nergens\")"),
            new("syntax", "python object tag", Replace(School, "  plaats: Dijkdorp\n", "  plaats: !!python/object:os.system ls\n"), Validate, 0, "1 school gecontroleerd"),
            new("syntax", "binary tag", Replace(School, "  plaats: Dijkdorp\n", "  plaats: !!binary aGFsbG8=\n"), Validate, 0, "1 school gecontroleerd"),
            new("syntax", "merge key", Replace(School, "  plaats: Dijkdorp\n", "  <<: {plaats: Dijkdorp}\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:3: PG0101: onbekend veld '<<' (toegestaan zijn: naam, brin, adres, plaats, website, telefoon, email, concept, logo)"),
            new("syntax", "wrong indentation", Replace(School, "  plaats: Dijkdorp\n", "   plaats: Dijkdorp\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:4: PG0001: 'plaats:' springt verder in dan 'naam:' erboven (laat 'plaats:' recht onder 'naam:' beginnen, 2 spaties ingesprongen)"),

            // limits
            new("limits", "billion laughs", Write(School, Laughs()), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:36: PG0003: het bestand wordt te groot na het uitvouwen van verwijzingen (aliassen, *naam); maximaal 100.000 onderdelen (vereenvoudig de structuur van het bestand)"),
            new("limits", "nesting 10000 deep", Write(School, "school: " + Repeat("[", 10_000) + Repeat("]", 10_000)), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:72: PG0003: de gegevens zijn te diep genest (meer dan 64 niveaus) (vereenvoudig de structuur van het bestand)"),
            new("limits", "file over 1 MB", Write(School, "# " + new string('x', 1_100_000) + "\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0003: het bestand is te groot (1074 kB; maximaal 1024 kB) (splits het bestand of verwijder wat er niet in hoort)"),
            new("limits", "5000 activities", Write(Plan, Activities(5000)), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:3:3: PG0003: deze lijst heeft meer dan 1.000 onderdelen; zo groot is geen plan (een jaarplan heeft tientallen activiteiten, geen duizenden) (vereenvoudig de structuur van het bestand)"),
            new("limits", "1000 activities are under the limit", Write(Plan, Activities(1000)), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:3:3: PG0308: het jaarplan 2025-2026 heeft geen afname van de monitor sociale veiligheid (verplicht, WPO art. 4c)"),
            new("limits", "aliases blow up a list", Write(Plan, "schooljaar: 2025-2026\nx: &x [" + string.Join(", ", Enumerable.Repeat("{wat: a, wanneer: november, wie: directeur}", 900)) + "]\nactiviteiten: [" + string.Join(", ", Enumerable.Repeat("*x", 200)) + "]\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:3:72: PG0003: het bestand wordt te groot na het uitvouwen van verwijzingen (aliassen, *naam); maximaal 100.000 onderdelen (vereenvoudig de structuur van het bestand)"),
            new("limits", "text nested 120 deep", Replace(School, "    voelt, zodat het tot leren komt.\n", "    voelt, zodat het tot leren komt.\n\n    " + Repeat("> ", 120) + "x\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:11:10: PG0003: deze tekst is te diep genest: 120 lijsten of citaten (>) in elkaar, maximaal 32 (schrijf de tekst met hooguit een paar niveaus; een opsomming in een opsomming is genoeg)"),
            new("limits", "list nested 40 deep", Replace(School, "    voelt, zodat het tot leren komt.\n", "    voelt, zodat het tot leren komt.\n\n    " + Repeat("- ", 40) + "x\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:11:10: PG0003: deze tekst is te diep genest: 40 lijsten of citaten (>) in elkaar, maximaal 32 (schrijf de tekst met hooguit een paar niveaus; een opsomming in een opsomming is genoeg)"),
            new("limits", "text nested 10 deep builds", Replace(School, "    voelt, zodat het tot leren komt.\n", "    voelt, zodat het tot leren komt.\n\n    " + Repeat("> ", 10) + "x\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("limits", "one very long value", Replace(School, "  plaats: Dijkdorp\n", "  plaats: " + new string('d', 200_000) + "\n"), Validate, 0, "1 school gecontroleerd"),

            // types and values
            new("values", "unknown key with suggestion", Replace(School, "  plaats: Dijkdorp\n", "  plaatss: Dijkdorp\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:3: PG0101: onbekend veld 'plaatss' (bedoelde je 'plaats'?)"),
            new("values", "school is a list", Replace(School, "school:\n  naam: OBS 't Kompas\n", "school:\n  - naam: OBS 't Kompas\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:5:3: PG0001: 'plaats:' springt minder ver in dan 'naam:' erboven, en hoort zo bij geen enkel blok (laat 'plaats:' recht onder 'naam:' beginnen, 4 spaties ingesprongen)"),
            new("values", "name is a list", Replace(School, "  naam: OBS 't Kompas\n", "  naam: [OBS, Kompas]\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:4:9: PG0102: hier staat een lijst, maar PlanGen verwacht een tekst (kijk in docs/yaml-format.md hoe dit veld eruitziet)"),
            new("values", "name missing", Replace(School, "  naam: OBS 't Kompas\n", ""), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:4:3: PG0103: het veld 'naam' ontbreekt (vul in: Naam van de school.)"),
            new("values", "bad e-mail", Replace(School, "  email: info@obstkompas.example\n", "  email: info-at-obstkompas\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:7:10: PG0107: 'info-at-obstkompas' is geen geldig e-mailadres (schrijf het als naam@school.example)"),
            new("values", "javascript website", Replace(School, "  website: https://www.obstkompas.example\n", "  website: javascript:alert(1)\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:12: PG0107: 'javascript:alert(1)' is geen geldig webadres (begin met https://)"),
            new("values", "bad date", Replace(School, "    datum: 2025-10-01\n", "    datum: 2025-13-45\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:17:12: PG0104: '2025-13-45' is geen geldige datum (schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15)"),
            new("values", "date as text", Replace(School, "    datum: 2025-10-01\n", "    datum: volgende week\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:17:12: PG0104: 'volgende week' is geen geldige datum (schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15)"),
            new("values", "count as text", Replace(School, "    per_jaar: 1\n", "    per_jaar: veel\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:33:15: PG0102: 'veel' is geen geheel getal (schrijf een getal, bijvoorbeeld 2)"),
            new("values", "unknown month", Replace(School, "    maanden: nov\n", "    maanden: brumaire\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:34:14: PG0105: 'brumaire' is geen bekende waarde (kies uit: aug, sep, okt, nov, dec, jan, feb, mrt, apr, mei, jun, jul)"),
            new("values", "boolean as maybe", Replace(School, "    sociale_veiligheid: ja\n", "    sociale_veiligheid: misschien\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:35:25: PG0102: 'misschien' is geen ja of nee (schrijf ja of nee)"),
            new("values", "unknown role", Replace(School, "  - rol: bhv\n", "  - rol: opperhoofd\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:24:10: PG0105: 'opperhoofd' is geen bekende waarde (kies uit: anti-pestcoordinator, aanspreekpunt-pesten, vertrouwenspersoon, externe-vertrouwenspersoon, intern-begeleider, aandachtsfunctionaris, coordinator-sociale-veiligheid, directeur, bhv, preventiemedewerker, functionaris-gegevensbescherming, gedragsspecialist, mr-lid)"),
            new("values", "groups out of range", Replace(School, "    groepen: 5-8\n", "    groepen: 0-12\n"), Validate, 0, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:32:14: waarschuwing PG0130: '0-12' noemt een groep buiten groep 1 tot en met 8 (schrijf de groepen als 1-8, 5-8 of 7)"),
            new("values", "letters in a phone number", Replace(School, "    functie: directeur\n", "    functie: directeur\n    telefoon: O6-I2345678\n"), Validate, 0, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:23:15: waarschuwing PG0108: 'O6-I2345678' bevat de letter O tussen de cijfers; bedoel je het cijfer 0? (schrijf alleen cijfers, spaties, '-' en '+', bijvoorbeeld 030-123 45 67; zet uitleg in functie: of toelichting:)"),
            new("values", "unknown instrument in the plan", Replace(Plan, "    instrument: Vragenlijst sociale veiligheid (WMK)\n", "    instrument: Bestaat Niet\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:8:17: PG0201: het instrument 'Bestaat Niet' staat niet onder instrumenten: in school.yaml (voeg het instrument toe of corrigeer de naam)"),
            new("values", "number as a name", Replace(School, "  naam: OBS 't Kompas\n", "  naam: 12345\n"), Validate, 0, "1 school gecontroleerd"),

            // year plans
            new("year plan", "file name not a school year", root => File.Move(Path.Combine(root, Plan), Path.Combine(root, Kompas, "jaarplannen", "2025.yaml")), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025.yaml:1:1: PG0106: de bestandsnaam '2025' is geen schooljaar (noem het bestand naar het schooljaar, bijvoorbeeld 2025-2026.yaml)"),
            new("year plan", "date outside the school year", Replace(Plan, "    wanneer: 2026-05-29\n", "    wanneer: 2027-05-29\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:11:14: PG0106: 2027-05-29 valt niet in schooljaar 2025-2026 (kies een datum tussen 2025-08-01 en 2026-07-31, of zet de activiteit in het jaarplan van een ander schooljaar)"),
            new("year plan", "empty year plan", Write(Plan, ""), Validate, 0, "1 school gecontroleerd"),
            new("year plan", "year plan is a folder", Folder(Plan), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0005: deze school heeft nog geen jaarplan (maak jaarplannen/2025-2026.yaml naast school.yaml (zie docs/yaml-format.md))"),
            new("year plan", "year plan is a fifo", Fifo(Plan), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:1:1: PG0004: dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero) (zet hier een gewoon YAML-bestand neer)"),
            new("year plan", "year plan links to dev zero", Link(Plan, "/dev/zero"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:1:1: PG0007: dit bestand is een koppeling (symlink) naar een plek buiten de map van het bestuur en de sjablonen; PlanGen leest alleen bestanden binnen de repository (vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur)"),
            new("year plan", "year plan links out of the repository", Link(Plan, "/etc/passwd"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:1:1: PG0007: dit bestand is een koppeling (symlink) naar een plek buiten de map van het bestuur en de sjablonen; PlanGen leest alleen bestanden binnen de repository (vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur)"),
            new("year plan", "dangling year plan link", Link(Plan, "/nergens/2025-2026.yaml"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml:1:1: PG0004: het bestand kan niet gelezen worden (controleer of het bestaat en of je het mag lezen)"),
            new("year plan", "jaarplannen is a file", root => { Directory.Delete(Path.Combine(root, Kompas, "jaarplannen"), true); File.WriteAllText(Path.Combine(root, Kompas, "jaarplannen"), "x"); }, Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0005: deze school heeft nog geen jaarplan (maak jaarplannen/2025-2026.yaml naast school.yaml (zie docs/yaml-format.md))"),

            // characters
            new("characters", "U+FFFE in the file", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\uFFFEmen\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (U+FFFE, een 'niet-teken' dat in Unicode nooit tekst is); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "U+FFFF as escape", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: \"Sa\\uFFFFmen\"\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:15: PG0004: deze tekst bevat een ongeldig teken (U+FFFF, een 'niet-teken' dat in Unicode nooit tekst is), bijvoorbeeld via een code als \\uFFFF; PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "bell control character", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\u0007men\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (het stuurteken U+0007); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "escape sequence as escape", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: \"Sa\\e[31mmen\"\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:15: PG0004: deze tekst bevat een ongeldig teken (het stuurteken U+001B), bijvoorbeeld via een code als \\u001B; PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "noncharacter U+FDD0", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\uFDD0men\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (U+FDD0, een 'niet-teken' dat in Unicode nooit tekst is); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "C1 control U+009B", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\u009Bmen\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (het stuurteken U+009B); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "DEL character", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\u007Fmen\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (het stuurteken U+007F); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "plane 16 noncharacter", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\U0010FFFFmen\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:10:17: PG0004: hier staat een ongeldig teken (U+10FFFF, een 'niet-teken' dat in Unicode nooit tekst is); PlanGen kan het in geen enkel document zetten (verwijder het teken (het komt vaak mee bij kopiëren en plakken); in VS Code maakt de instelling 'Render Control Characters' het zichtbaar)"),
            new("characters", "emoji in the school name builds", Replace(School, "  naam: OBS 't Kompas\n", "  naam: OBS 't Kompas 🧭\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("characters", "hebrew arabic and cjk build", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: שלום سلام 一起\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("characters", "bidi override builds", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: Sa\u202Emen\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),

            // values that try to change the document's structure (built; the Markdown shows them as text)
            new("structure", "heading in a plain value", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: \"# Kop\"\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("structure", "fence in a text", Replace(School, "    voelt, zodat het tot leren komt.\n", "    voelt, zodat het tot leren komt.\n    :::\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("structure", "html comment in a text", Replace(School, "    voelt, zodat het tot leren komt.\n", "    voelt, <!-- verborgen --> zodat het tot leren komt.\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("structure", "script tag in a name", Replace(School, "  naam: OBS 't Kompas\n", "  naam: \"OBS <script>alert(1)</script>\"\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),
            new("structure", "second link in a website", Replace(School, "  website: https://www.obstkompas.example\n", "  website: https://ok.example/x) [Klik hier](https://phish.example/login\n"), Validate, 0, "1 school gecontroleerd"),
            new("structure", "scriban code in a value", Replace(School, "  kernwaarde: Samen\n", "  kernwaarde: \"{{ 1 + 1 }} {{ include 'x' }}\"\n"), BuildMd, 0, "1 van 1 scholen gebouwd"),

            // files and links
            new("files", "school.yaml is a folder", Folder(School), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: hier staat een map, maar PlanGen verwacht een YAML-bestand (geef het pad van het .yaml-bestand zelf)"),
            new("files", "school.yaml dangling link", Link(School, "/nergens/school.yaml"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: het bestand kan niet gelezen worden (controleer of het bestaat en of je het mag lezen)"),
            new("files", "school.yaml links out of the repository", root => { File.WriteAllText(Path.Combine(Path.GetTempPath(), "buiten-" + Path.GetFileName(root) + ".yaml"), "school:\n  naam: Geheim uit /etc\n"); Link(School, Path.Combine(Path.GetTempPath(), "buiten-" + Path.GetFileName(root) + ".yaml"))(root); }, Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0007: dit bestand is een koppeling (symlink) naar een plek buiten de map van het bestuur en de sjablonen; PlanGen leest alleen bestanden binnen de repository (vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur)"),
            new("files", "school.yaml is a fifo", Fifo(School), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0004: dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero) (zet hier een gewoon YAML-bestand neer)"),
            new("files", "bestuur.yaml is broken", Replace(Board, "bestuur:\n", "bestuur: [\n"), Validate, 1, "schools/stichting-rivierenland/bestuur.yaml:6:10: PG0001: deze regel is geen geldige YAML: een lijst tussen [ ] wordt niet goed afgesloten (controleer de inspringing (twee spaties per niveau) en zet tekst met een dubbele punt tussen aanhalingstekens)"),
            new("files", "bestuur.yaml is a fifo", Fifo(Board), Validate, 1, "schools/stichting-rivierenland/bestuur.yaml:1:1: PG0004: dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat zoals /dev/zero) (zet hier een gewoon YAML-bestand neer)"),
            new("files", "symlink loop in the school folder", Both(Link(Kompas + "/lus", ".."), Link(Kompas + "/lus2", "../..")), ["validate", "schools"], 0, "schools/stichting-rivierenland/obs-t-kompas/lus:1:1: waarschuwing PG0007: deze map is een koppeling (symlink) naar een map die al doorzocht is (een lus of een tweede weg naar dezelfde map); PlanGen slaat hem over (verwijder de koppeling; elke school staat maar op één plek)"),
            new("files", "folder link out of the repository", Link(Kompas + "/extern", "/usr/share"), ["validate", "schools"], 0, "schools/stichting-rivierenland/obs-t-kompas/extern:1:1: waarschuwing PG0007: deze map is een koppeling (symlink) naar een plek buiten de repository; PlanGen zoekt daar niet naar scholen (vervang de koppeling door het bestand zelf, binnen de map van de school of het bestuur)"),
            new("files", "path that does not exist", _ => { }, ["validate", "schools/bestaat-niet"], 1, "schools/bestaat-niet:1:1: PG0005: dit bestand of deze map bestaat niet (controleer het pad)"),
            new("files", "validate proc", _ => { }, ["validate", "/proc/self/fdinfo"], 1, "/proc/self/fdinfo:1:1: PG0005: in deze map staat geen enkele school (school.yaml) (maak een school met: plangen new <bestuur>/<school>)"),

            // logos
            new("logo", "empty logo", Logo([]), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het logo is een leeg bestand (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "garbage logo", Logo(Encoding.UTF8.GetBytes("dit is geen plaatje")), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het logo is geen PNG- of JPEG-afbeelding (de inhoud van het bestand klopt niet bij een afbeelding) (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "truncated png", Logo(Png(100, 100)[..20]), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het PNG-bestand van het logo is beschadigd of afgebroken (het einde ontbreekt) (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "bad crc png", Logo(Png(100, 100, goodCrc: false)), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het PNG-bestand van het logo is beschadigd of afgebroken (een controlegetal klopt niet) (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "png bomb dimensions", Logo(Png(60000, 60000)), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het PNG-bestand van het logo is beschadigd of afgebroken (het einde ontbreekt) (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "jpeg header only", Logo([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het JPEG-bestand van het logo is beschadigd of afgebroken (het einde ontbreekt) (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "logo links to etc passwd", Both(Logo([1]), Link(Kompas + "/logo.png", "/etc/passwd")), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het logo is een koppeling (symlink) naar een bestand buiten de repository (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "logo is a folder", Both(Logo([1]), root => { File.Delete(Path.Combine(root, Kompas, "logo.png")); Directory.CreateDirectory(Path.Combine(root, Kompas, "logo.png")); }), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het logo 'logo.png': hier staat een map, geen bestand (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "logo missing", Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijkdorp\n  logo: weg.png\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het logo 'weg.png' bestaat niet (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),
            new("logo", "logo path climbs out", Replace(School, "  plaats: Dijkdorp\n", "  plaats: Dijkdorp\n  logo: ../../../../etc/passwd\n"), Validate, 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:6:9: PG0202: het pad van het logo wijst buiten de map van het bestuur (zet het logo in de map van de school of het bestuur en geef het pad daarvandaan, bijvoorbeeld logo.png)"),

            // output and identity
            new("output", "output is a file", root => File.WriteAllText(Path.Combine(root, "output"), "x"), BuildMd, 1, "output/stichting-rivierenland/obs-t-kompas/2025-2026/kwaliteitskaart.md:1:1: PG0008: kan dit bestand niet schrijven: een map in het pad bestaat niet of is een bestand (controleer of de uitvoermap bestaat, een map is en beschrijfbaar is, en bouw opnieuw; eerder gemaakte bestanden zijn niet aangeraakt)"),
            new("output", "unknown format", _ => { }, ["build", "--format", "odt"], 2, "plangen: 'odt' is geen geldige waarde; kies uit: md, html, docx, pdf, all"),
            new("identity", "same school id twice", root =>
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(root, Kompas), "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(root, "schools/archief/stichting-rivierenland/obs-t-kompas", Path.GetRelativePath(Path.Combine(root, Kompas), file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }, ["validate", "schools"], 1, "schools/stichting-rivierenland/obs-t-kompas/school.yaml:1:1: PG0009: deze school heet net als schools/archief/stichting-rivierenland/obs-t-kompas 'stichting-rivierenland/obs-t-kompas': beide zouden in output/stichting-rivierenland/obs-t-kompas schrijven, daarom wordt geen van beide gebouwd (hernoem of verwijder een van de twee mappen (een oude school hoort niet onder schools/), of noem de map die je bedoelt)"),
        ];
    }
}

/// <summary>The table's rows about values, year plans, characters and structure.</summary>
public class HostileTableValuesTests
{
    public const string Kinds = "values,year plan,characters,structure";

    [Theory]
    [MemberData(nameof(HostileTableTests.Rows), Kinds, MemberType = typeof(HostileTableTests))]
    public void Hostile_input_gives_the_exact_dutch_line_and_nothing_else(HostileTableTests.Case row) => HostileTableTests.Check(row);
}

/// <summary>The table's rows about files, links, logos, output and identity.</summary>
public class HostileTableFilesTests
{
    public const string Kinds = "files,logo,output,identity";

    [Theory]
    [MemberData(nameof(HostileTableTests.Rows), Kinds, MemberType = typeof(HostileTableTests))]
    public void Hostile_input_gives_the_exact_dutch_line_and_nothing_else(HostileTableTests.Case row) => HostileTableTests.Check(row);
}
