using System.CommandLine;
using System.Text;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Calendar;
using PlanGen.Lifecycle.Schools;

namespace PlanGen.Cli.Commands;

/// <summary>plangen agenda [--school X] [--out DIR]: an .ics per school and school year.</summary>
public static class AgendaCommand
{
    public static Command Create(string root)
    {
        var school = new Option<string?>("--school") { Description = "Alleen deze school (mapnaam of bestuur/school)" };
        var output = new Option<string>("--out") { Description = "Map voor de agenda's (standaard output)", DefaultValueFactory = _ => "output" };
        var command = new Command("agenda", "Maak per school en schooljaar een agenda (.ics) met de monitoringsmomenten, activiteiten en evaluaties") { school, output };
        command.SetAction(result => Run(root, result.GetValue(school), result.GetValue(output)!));
        return command;
    }

    private static int Run(string root, string? school, string output)
    {
        var general = new DiagnosticBag();
        var schools = SchoolLookup.Find(root, school, general);
        if (schools.Count == 0)
        {
            Console.Error.WriteLine(school is null ? "plangen: geen scholen gevonden onder schools/" : $"plangen: geen school gevonden met de naam '{school}'");
            return ExitCodes.InvalidInput;
        }
        var exit = ExitCodes.Ok;
        foreach (var found in schools)
        {
            if (!found.IsValid)
            {
                Console.Error.WriteLine($"plangen: {SchoolLookup.Id(found.Directory)} heeft fouten; controleer met plangen validate. Er is geen agenda gemaakt.");
                exit = ExitCodes.InvalidInput;
                continue;
            }
            var project = found.Project!;
            foreach (var plan in project.Years)
            {
                if (!SchoolYear.TryParse(plan.Schooljaar, out var year))
                {
                    continue;
                }
                var items = AgendaItems.For(project.Data, plan, year);
                var path = Path.Combine(Path.GetFullPath(output, root), project.BoardId, project.SchoolId, year.ToString(), "agenda.ics");
                // The file written last time tells which events changed (their SEQUENCE goes up).
                var previous = File.Exists(path) ? File.ReadAllText(path) : null;
                var ics = AgendaWriter.Write($"{project.Data.School.Naam} {year}", $"{project.Id}|{year}", items, DocumentRenderer.Timestamp(year), previous, ChangedAt());
                AtomicFile.Write(path, s => s.Write(new UTF8Encoding(false).GetBytes(ics)));
                Console.Out.WriteLine($"{PathDisplay.Relative(root, path)}: {items.Count} afspraken");
            }
        }
        return exit;
    }

    /// <summary>DTSTAMP of a changed event: SOURCE_DATE_EPOCH when set (reproducible builds), else now.</summary>
    private static DateTimeOffset ChangedAt() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
}
