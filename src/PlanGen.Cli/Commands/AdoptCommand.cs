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

/// <summary>plangen vaststellen &lt;school&gt; --orgaan MR --datum 2026-09-15: adds a line to vaststelling: in school.yaml.</summary>
public static class AdoptCommand
{
    public static Command Create(string root)
    {
        var school = new Argument<string>("school") { Description = "De school (mapnaam of bestuur/school)" };
        var body = new Option<string>("--orgaan") { Description = "Wie stelde vast: team, mt, mr, bestuur, leerlingenraad, ouderraad", Required = true };
        var date = new Option<string>("--datum") { Description = "Datum als JJJJ-MM-DD", Required = true };
        var version = new Option<string?>("--versie") { Description = "Vastgestelde versie (standaard de versie van het nieuwste jaarplan)" };
        var changes = new Option<string[]>("--wijziging") { Description = "Wat er is gewijzigd (mag vaker)", AllowMultipleArgumentsPerToken = false };
        var note = new Option<string?>("--toelichting") { Description = "Bijvoorbeeld instemming of kennisname" };
        var command = new Command("vaststellen", "Leg vast dat het plan is vastgesteld: voegt een regel toe aan vaststelling: in school.yaml") { school, body, date, version, changes, note };
        command.SetAction(result => Run(root, result.GetValue(school)!, result.GetValue(body)!, result.GetValue(date)!, result.GetValue(version), result.GetValue(changes) ?? [], result.GetValue(note)));
        return command;
    }

    private static int Run(string root, string school, string body, string dateText, string? version, string[] changes, string? note)
    {
        if (Vocabularies.Find(Vocabularies.Bodies, body) is null)
        {
            Console.Error.WriteLine($"plangen: '{body}' is geen orgaan dat PlanGen kent; kies uit: team, mt, mr, bestuur, leerlingenraad, ouderraad");
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
        try
        {
            var source = YamlFile.Read(file, shown);
            var text = AdoptionSplicer.Add(source.Text, new AdoptionEntry(body, date, version ?? planVersion, planYear, note, changes));
            YamlFile.Write(file, source, text);
        }
        catch (YamlEditException e)
        {
            Console.Error.WriteLine($"plangen: {shown}: {e.Message}. Er is niets veranderd.");
            return ExitCodes.InvalidInput;
        }
        Console.Out.WriteLine($"vastgelegd in schools/{SchoolLookup.Id(folder)}/school.yaml: {Vocabularies.Label(Vocabularies.Find(Vocabularies.Bodies, body)!.Id)} op {date:yyyy-MM-dd}" + ((version ?? planVersion) is { } v ? $", versie {v}" : ""));
        return ExitCodes.Ok;
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
