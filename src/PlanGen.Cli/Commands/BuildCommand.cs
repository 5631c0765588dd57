using System.CommandLine;
using PlanGen.Cli.Reports;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Output;

namespace PlanGen.Cli.Commands;

/// <summary>plangen build [--school X] [--format md|docx|pdf|html|all] [--editie intern|openbaar]: writes output/&lt;bestuur&gt;/&lt;school&gt;/&lt;schooljaar&gt;/.</summary>
public static class BuildCommand
{
    public static Command Create(string root)
    {
        var school = new Option<string?>("--school") { Description = "Bouw alleen deze school (mapnaam, of bestuur/school)" };
        var formats = WriterRegistry.All.Select(w => w.Format).Append("all").ToArray();
        var format = new Option<string>("--format") { Description = "Welk formaat: " + string.Join(", ", formats) + " (alle formaten)", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong(formats);
        var output = new Option<string>("--out") { Description = "Map voor de uitvoer (standaard: output)", DefaultValueFactory = _ => "output" };
        var edition = new Option<string>("--editie") { Description = "intern: alle gegevens (standaard); openbaar: zonder privégegevens en ::: intern-blokken", DefaultValueFactory = _ => "intern" };
        edition.AcceptOnlyFromAmong([.. EditionNames.All]);
        var engine = new Option<string>("--pdf-engine") { Description = "skia: eigen PDF-opmaak (standaard, snel, steeds dezelfde bytes); chromium: toegankelijke PDF met tags via Chromium", DefaultValueFactory = _ => "skia" };
        engine.AcceptOnlyFromAmong("skia", "chromium");
        var command = new Command("build", "Maak de documenten van alle scholen (of één school) in output/") { school, format, output, edition, engine };
        command.SetAction(result =>
        {
            var chosen = result.GetValue(format)!;
            var writers = (chosen == "all" ? WriterRegistry.All : WriterRegistry.All.Where(w => w.Format == chosen)).ToList();
            if (result.GetValue(engine) == "chromium" && writers.Any(w => w.Format == "pdf"))
            {
                if (PlanGen.Html.Print.ChromiumPdfWriter.Find() is not { } chromium)
                {
                    Console.Error.WriteLine("plangen: --pdf-engine chromium heeft Chromium nodig, maar dat is niet gevonden. Installeer het (apt-get install chromium) of wijs het aan met PLANGEN_CHROMIUM=/pad/naar/chromium. Zonder deze optie maakt PlanGen de PDF zelf.");
                    return ExitCodes.Usage;
                }
                writers = writers.Select(w => w.Format == "pdf" ? new PlanGen.Html.Print.ChromiumPdfWriter(chromium) : w).ToList();
            }
            var general = new DiagnosticBag();
            var options = new BuildOptions { Root = root, School = result.GetValue(school), Writers = writers, OutputDirectory = result.GetValue(output)!, Edition = EditionNames.Parse(result.GetValue(edition)!) };
            var progress = new BuildProgress();
            var results = progress.Run(total => new BuildService().Build(options, general, progress.Report));
            var diagnostics = general.Items.Concat(results.SelectMany(r => r.Diagnostics)).ToList();
            TextReport.Write(Console.Error, diagnostics, root);
            var failed = results.Count(r => r.Failed);
            var files = results.Sum(r => r.Written.Count);
            Console.Out.WriteLine($"{results.Count - failed} van {results.Count} scholen gebouwd, {files} bestanden in {options.OutputDirectory}/." + (failed > 0 ? $" {failed} school/scholen niet gebouwd door fouten." : ""));
            return general.HasErrors || failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
