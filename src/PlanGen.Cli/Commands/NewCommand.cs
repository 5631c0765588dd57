using System.CommandLine;
using System.Text.RegularExpressions;
using PlanGen.Core.Building;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen new &lt;bestuur&gt;/&lt;school&gt;: a new school from the commented scaffold in templates/nieuw/. Every
/// example value is marked "VUL IN" and fails validation (PG0150) until the school replaces it; the
/// adoption list starts empty, so the plan is a concept until it is adopted.
/// </summary>
public static partial class NewCommand
{
    public static Command Create(string root)
    {
        var name = new Argument<string>("bestuur/school") { Description = "Mapnamen van bestuur en school, bijvoorbeeld stichting-voorbeeld/obs-de-linde" };
        var year = new Option<string>("--schooljaar") { Description = "Schooljaar van het eerste jaarplan, bijvoorbeeld 2025-2026", DefaultValueFactory = _ => CurrentSchoolYear() };
        var command = new Command("new", "Maak een nieuwe school aan met een voorbeeld om in te vullen (iedere tekst met VUL IN vervang je door de echte gegevens)") { name, year };
        command.SetAction(result =>
        {
            var value = result.GetValue(name)!.Replace('\\', '/').Trim('/');
            var match = NamePattern().Match(value);
            if (!match.Success)
            {
                Console.Error.WriteLine("plangen: geef bestuur en school als mapnamen met kleine letters, cijfers en streepjes, bijvoorbeeld stichting-voorbeeld/obs-de-linde");
                return ExitCodes.Usage;
            }
            var schoolYear = result.GetValue(year)!;
            if (!PlanGen.Core.Loading.SchoolYear.TryParse(schoolYear, out _))
            {
                Console.Error.WriteLine($"plangen: '{schoolYear}' is geen schooljaar; schrijf bijvoorbeeld 2025-2026");
                return ExitCodes.Usage;
            }
            var (board, school) = (match.Groups[1].Value, match.Groups[2].Value);
            var boardDir = Path.Combine(root, "schools", board);
            var schoolDir = Path.Combine(boardDir, school);
            if (Directory.Exists(schoolDir))
            {
                Console.Error.WriteLine($"plangen: de school schools/{board}/{school} bestaat al; er is niets veranderd");
                return ExitCodes.InvalidInput;
            }
            var scaffold = Path.Combine(TemplateRoots.BuiltIn(root), "nieuw");
            // The scaffold's schema line points at the schema this repository has (docs/schema/ here, .vscode/plangen/ in a board's repository).
            string Fill(string file, string target, string schema) => Modeline().Replace(File.ReadAllText(Path.Combine(scaffold, file)), EditorCommand.Modeline(root, target, schema), 1)
                .Replace("{{school}}", Title(school)).Replace("{{bestuur}}", Title(board)).Replace("{{schooljaar}}", schoolYear)
                .Replace("{{domein}}", school + ".example");
            if (!File.Exists(Path.Combine(boardDir, "bestuur.yaml")))
            {
                var boardFile = Path.Combine(boardDir, "bestuur.yaml");
                AtomicFile.Write(boardFile, s => s.Write(System.Text.Encoding.UTF8.GetBytes(Fill("bestuur.yaml", boardFile, "bestuur"))));
                Console.Out.WriteLine($"aangemaakt: schools/{board}/bestuur.yaml");
            }
            var schoolFile = Path.Combine(schoolDir, "school.yaml");
            var yearFile = Path.Combine(schoolDir, "jaarplannen", schoolYear + ".yaml");
            AtomicFile.Write(schoolFile, s => s.Write(System.Text.Encoding.UTF8.GetBytes(Fill("school.yaml", schoolFile, "school"))));
            AtomicFile.Write(yearFile, s => s.Write(System.Text.Encoding.UTF8.GetBytes(Fill("jaarplan.yaml", yearFile, "jaarplan"))));
            Console.Out.WriteLine($"aangemaakt: schools/{board}/{school}/school.yaml");
            Console.Out.WriteLine($"aangemaakt: schools/{board}/{school}/jaarplannen/{schoolYear}.yaml");
            foreach (var line in EditorCommand.Setup(root))
            {
                Console.Out.WriteLine(line);
            }
            Console.Out.WriteLine("Vervang iedere tekst die begint met VUL IN door de echte gegevens; tot dan geeft plangen validate een fout (PG0150).");
            Console.Out.WriteLine($"Controleer ze met: plangen validate schools/{board}/{school}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The school year that is running today (from 1 August on, the next one).</summary>
    private static string CurrentSchoolYear()
    {
        var today = DateTime.Today;
        var start = today.Month >= 8 ? today.Year : today.Year - 1;
        return $"{start}-{start + 1}";
    }

    private static string Title(string folder) =>
        string.Join(' ', folder.Split('-').Select(w => w.Length <= 3 && w is "obs" or "cbs" or "rkbs" or "pcbs" or "ikc" ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex(@"^# yaml-language-server: \$schema=.*$", RegexOptions.Multiline)]
    private static partial Regex Modeline();

    [GeneratedRegex("^([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9-]*)$")]
    private static partial Regex NamePattern();
}
