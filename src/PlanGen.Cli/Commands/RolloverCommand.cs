using System.CommandLine;
using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Rollover;
using PlanGen.Lifecycle.Schools;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Cli.Commands;

/// <summary>plangen nieuw-schooljaar &lt;school|--all&gt; 2026-2027: next year's plan from this year's, as a text edit.</summary>
public static class RolloverCommand
{
    public static Command Create(string root)
    {
        // One argument list: "<school> <schooljaar>" or, with --all, only "<schooljaar>".
        var values = new Argument<string[]>("school> <schooljaar") { Description = "De school (mapnaam of bestuur/school) en het nieuwe schooljaar, bijvoorbeeld obs-de-linde 2026-2027; met --all alleen het schooljaar", Arity = new ArgumentArity(1, 2) };
        var all = new Option<bool>("--all") { Description = "Voor alle scholen" };
        var command = new Command("nieuw-schooljaar", "Maak het jaarplan van een nieuw schooljaar uit dat van het vorige jaar") { values, all };
        command.SetAction(result =>
        {
            var given = result.GetValue(values) ?? [];
            return Run(root, given.Length == 2 ? given[0] : null, given[^1], result.GetValue(all));
        });
        return command;
    }

    private static int Run(string root, string? school, string yearText, bool all)
    {
        if (school is not null && all || school is null && !all)
        {
            Console.Error.WriteLine("plangen: geef één school of --all, bijvoorbeeld: plangen nieuw-schooljaar obs-de-linde 2026-2027");
            return ExitCodes.Usage;
        }
        if (!SchoolYear.TryParse(yearText, out var target))
        {
            Console.Error.WriteLine($"plangen: '{yearText}' is geen schooljaar; schrijf bijvoorbeeld 2026-2027");
            return ExitCodes.Usage;
        }
        var previous = new SchoolYear(target.StartYear - 1);
        var folders = SchoolLookup.Folders(root, school);
        if (folders.Count == 0)
        {
            Console.Error.WriteLine($"plangen: geen school gevonden met de naam '{school}'; geef de mapnaam, bijvoorbeeld bestuur/school");
            return ExitCodes.InvalidInput;
        }
        var exit = ExitCodes.Ok;
        foreach (var folder in folders)
        {
            var id = SchoolLookup.Id(folder);
            var from = Path.Combine(folder, SchoolDiscovery.YearPlanFolder, $"{previous}.yaml");
            var to = Path.Combine(folder, SchoolDiscovery.YearPlanFolder, $"{target}.yaml");
            if (File.Exists(to))
            {
                Console.Error.WriteLine($"plangen: {id}: het jaarplan {target} bestaat al; er is niets veranderd");
                exit = ExitCodes.InvalidInput;
                continue;
            }
            if (!File.Exists(from))
            {
                Console.Error.WriteLine($"plangen: {id}: er is geen jaarplan {previous} om van uit te gaan; maak {target} met plangen new of met de hand");
                exit = ExitCodes.InvalidInput;
                continue;
            }
            RolloverResult rolled;
            try
            {
                var source = YamlFile.Read(from, $"schools/{id}/{SchoolDiscovery.YearPlanFolder}/{previous}.yaml");
                rolled = YearRollover.Roll(source.Text, previous);
                YamlFile.Write(to, source, rolled.Text);
            }
            catch (YamlEditException e)
            {
                Console.Error.WriteLine($"plangen: {id}: {e.Message}; er is niets aangemaakt");
                exit = ExitCodes.InvalidInput;
                continue;
            }
            Console.Out.WriteLine($"aangemaakt: schools/{id}/jaarplannen/{target}.yaml");
            Console.Out.WriteLine($"  {rolled.Recurring.Count} terugkerend (nieuwe datum, status gepland), {rolled.CarriedOver.Count} overgenomen (nog niet klaar), {rolled.Dropped.Count} afgerond en weggelaten");
            foreach (var warning in rolled.Warnings)
            {
                Console.Error.WriteLine($"waarschuwing: schools/{id}/jaarplannen/{target}.yaml: {warning}");
            }
        }
        if (exit == ExitCodes.Ok)
        {
            Console.Out.WriteLine("Bekijk de aandachtspunten en de overgenomen activiteiten, en controleer met: plangen validate");
        }
        return exit;
    }
}
