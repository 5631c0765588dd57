using System.CommandLine;
using PlanGen.Core.Building;
using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Editions;

namespace PlanGen.Cli.Commands;

/// <summary>The options `build` and `ci` share: which schools, which formats, where, which edition, which shard, --force.</summary>
public sealed class BuildArguments
{
    private readonly Option<string?> school = new("--school") { HelpName = "school", Description = "Bouw alleen deze school (mapnaam, of bestuur/school)" };
    private readonly Option<string> format;
    private readonly Option<string> output = new("--out") { HelpName = "map", Description = "Map voor de uitvoer (standaard: output)", DefaultValueFactory = _ => "output" };
    private readonly Option<string> edition = new("--editie") { Description = "intern: alle gegevens (standaard); openbaar: zonder privégegevens en ::: intern-blokken", DefaultValueFactory = _ => "intern" };
    private readonly Option<string?> shard = new("--shard") { HelpName = "i/n", Description = "Bouw alleen deel i van n van de scholen, bijvoorbeeld 2/8 (voor een CI-matrix; vast per school)" };
    private readonly Option<bool> force = new("--force") { Description = "Bouw alles opnieuw, ook scholen waarvan niets veranderd is" };
    private readonly Option<string> engine = new("--pdf-engine") { Description = "skia: eigen PDF-opmaak (standaard, snel, toegankelijk met tags (PDF/UA), steeds dezelfde bytes); chromium: PDF van de HTML-versie via Chromium", DefaultValueFactory = _ => "skia" };

    public BuildArguments()
    {
        var formats = WriterRegistry.Formats.Append("all").ToArray();
        format = new Option<string>("--format") { Description = "Welk formaat: " + string.Join(", ", formats) + " (alle formaten)", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong(formats);
        edition.AcceptOnlyFromAmong([.. EditionNames.All]);
        engine.AcceptOnlyFromAmong("skia", "chromium");
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !Shard.TryParse(text, out _, out var problem))
            {
                result.AddError($"--shard: {problem}");
            }
        });
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { school, format, output, edition, engine, shard, force })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The build's options; null (with a Dutch message on stderr) when the command cannot run here.</summary>
    public BuildOptions? Options(ParseResult result, string root)
    {
        var chosen = result.GetValue(format)!;
        var writers = (chosen == "all" ? WriterRegistry.All : WriterRegistry.For([chosen])).ToList();
        if (result.GetValue(engine) == "chromium" && writers.Any(w => w.Format == "pdf"))
        {
            if (PlanGen.Html.Print.ChromiumPdfWriter.Find() is not { } chromium)
            {
                Console.Error.WriteLine("plangen: --pdf-engine chromium heeft Chromium nodig, maar dat is niet gevonden. Installeer het (apt-get install chromium) of wijs het aan met PLANGEN_CHROMIUM=/pad/naar/chromium. Zonder deze optie maakt PlanGen de PDF zelf.");
                return null;
            }
            writers = writers.Select(w => w.Format == "pdf" ? new PlanGen.Html.Print.ChromiumPdfWriter(chromium) : w).ToList();
        }
        var part = Shard.All;
        if (result.GetValue(shard) is { } text)
        {
            Shard.TryParse(text, out part, out _);
        }
        return new BuildOptions
        {
            Root = root,
            School = result.GetValue(school),
            Writers = writers,
            OutputDirectory = result.GetValue(output)!,
            Edition = EditionNames.Parse(result.GetValue(edition)!),
            Incremental = true,
            Force = result.GetValue(force),
            Shard = part,
        };
    }
}
