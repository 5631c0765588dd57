using System.CommandLine;
using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Adoption;
using PlanGen.Lifecycle.Schools;
using PlanGen.Lifecycle.Yaml;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen vaststellen &lt;school&gt; --orgaan MR --datum 2026-09-15: adds a line to vaststelling: in school.yaml,
/// for the newest year plan's school year (or --schooljaar). Refuses an exact duplicate, warns when the date
/// lies outside that school year, and shows the lines it wrote.
/// </summary>
public static class AdoptCommand
{
    public static Command Create(string root)
    {
        var school = new Argument<string>("school") { Description = "De school (mapnaam of bestuur/school)" };
        var body = new Option<string>("--orgaan") { Description = "Wie stelde vast of stemde in: team, mt, directie, mr, bestuur, leerlingenraad, ouderraad", Required = true };
        var date = new Option<string>("--datum") { Description = "Datum als JJJJ-MM-DD", Required = true };
        var version = new Option<string?>("--versie") { Description = "Vastgestelde versie (standaard de versie van het nieuwste jaarplan)" };
        var changes = new Option<string[]>("--wijziging") { Description = "Wat er is gewijzigd (mag vaker)", AllowMultipleArgumentsPerToken = false };
        var note = new Option<string?>("--toelichting") { Description = "Bijvoorbeeld instemming of kennisname" };
        var year = new Option<string?>("--schooljaar") { Description = "Voor welk schooljaar (standaard het schooljaar van het nieuwste jaarplan), bijvoorbeeld 2026-2027" };
        var command = new Command("vaststellen", "Leg vast dat het plan is vastgesteld: voegt een regel toe aan vaststelling: in school.yaml") { school, body, date, version, changes, note, year };
        command.SetAction(result => Run(root, result.GetValue(school)!, result.GetValue(body)!, result.GetValue(date)!, result.GetValue(version), result.GetValue(changes) ?? [], result.GetValue(note), result.GetValue(year)));
        return command;
    }

    private static int Run(string root, string school, string body, string dateText, string? version, string[] changes, string? note, string? schoolYear)
    {
        if (Vocabularies.Find(Vocabularies.Bodies, body) is null)
        {
            Console.Error.WriteLine($"plangen: '{body}' is geen orgaan dat PlanGen kent; kies uit: team, mt, directie, mr, bestuur, leerlingenraad, ouderraad");
            return ExitCodes.Usage;
        }
        if (schoolYear is not null && !SchoolYear.TryParse(schoolYear, out _))
        {
            Console.Error.WriteLine($"plangen: '{schoolYear}' is geen schooljaar; schrijf bijvoorbeeld 2026-2027");
            return ExitCodes.Usage;
        }
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Console.Error.WriteLine($"plangen: '{dateText}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-15");
            return ExitCodes.Usage;
        }
        var folders = SchoolLookup.Folders(root, school);
        if (folders.Count != 1)
        {
            Console.Error.WriteLine($"plangen: geen school gevonden met de naam '{school}'; geef de mapnaam, bijvoorbeeld bestuur/school");
            return ExitCodes.InvalidInput;
        }
        var folder = folders[0];
        var (planYear, planVersion) = NewestPlan(folder);
        var file = Path.Combine(folder, SchoolDiscovery.SchoolFile);
        var shown = $"schools/{SchoolLookup.Id(folder)}/{SchoolDiscovery.SchoolFile}";
        var entry = new AdoptionEntry(body, date, version ?? planVersion, schoolYear ?? planYear, note, changes);
        string before, after;
        try
        {
            var source = YamlFile.Read(file, shown);
            if (AdoptionCheck.Duplicate(source.Text, entry) is { } line)
            {
                Console.Error.WriteLine($"plangen: {shown}:{line}: deze vaststelling staat er al ({Vocabularies.Label(Vocabularies.Find(Vocabularies.Bodies, body)!.Id)} op {date:yyyy-MM-dd}" +
                    (entry.Versie is { } v ? $", versie {v}" : "") + $", schooljaar {entry.Schooljaar ?? PlanGen.Core.Status.AdoptionYear.Containing(date).ToString()}). Er is niets veranderd.");
                return ExitCodes.InvalidInput;
            }
            before = source.Text;
            after = AdoptionSplicer.Add(source.Text, entry);
            YamlFile.Write(file, source, after);
        }
        catch (YamlEditException e)
        {
            Console.Error.WriteLine($"plangen: {shown}: {e.Message}. Er is niets veranderd.");
            return ExitCodes.InvalidInput;
        }
        if (AdoptionCheck.DateOutsideYear(entry) is { } warning)
        {
            Console.Error.WriteLine($"waarschuwing: {warning}.");
        }
        Console.Out.WriteLine($"vastgelegd in {shown}" + (entry.Schooljaar is { } y ? $" voor schooljaar {y}" : "") + ":");
        foreach (var added in AddedLines(before, after))
        {
            Console.Out.WriteLine("  " + added);
        }
        return ExitCodes.Ok;
    }

    /// <summary>The lines the edit put in: what lies between the common start and the common end of the two texts.</summary>
    private static IEnumerable<string> AddedLines(string before, string after)
    {
        var old = before.ReplaceLineEndings("\n").Split('\n');
        var now = after.ReplaceLineEndings("\n").Split('\n');
        var start = 0;
        while (start < old.Length && start < now.Length && old[start] == now[start])
        {
            start++;
        }
        var end = 0;
        while (end < old.Length - start && end < now.Length - start && old[^(end + 1)] == now[^(end + 1)])
        {
            end++;
        }
        return now[start..(now.Length - end)].Where(l => l.Trim().Length > 0);
    }

    /// <summary>School year and versie of the newest year plan, read as text (no full load needed).</summary>
    private static (string? Year, string? Version) NewestPlan(string folder)
    {
        var plans = Path.Combine(folder, SchoolDiscovery.YearPlanFolder);
        var newest = Directory.Exists(plans)
            ? Directory.EnumerateFiles(plans, "*.yaml").Where(f => SchoolYear.TryParse(Path.GetFileNameWithoutExtension(f), out _)).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (newest is null)
        {
            return (null, null);
        }
        var version = (YamlReader.ReadFile(newest, newest, new DiagnosticBag()) as YMapping)?.Get("versie") as YScalar;
        return (Path.GetFileNameWithoutExtension(newest), version?.Value is { Length: > 0 } v ? v : null);
    }
}
