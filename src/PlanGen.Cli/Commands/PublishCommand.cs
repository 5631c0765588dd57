using System.CommandLine;
using PlanGen.Cli.Reports;
using PlanGen.Core.Diagnostics;
using PlanGen.Site;

namespace PlanGen.Cli.Commands;

/// <summary>plangen publish [--bestuur X] [--out DIR] [--url URL]: the board site from the public edition.</summary>
public static class PublishCommand
{
    public static Command Create(string root)
    {
        var board = new Option<string?>("--bestuur") { Description = "Publiceer alleen de scholen van dit bestuur (mapnaam onder schools/)" };
        var output = new Option<string>("--out") { Description = "Map voor de site (standaard: output/site)", DefaultValueFactory = _ => "output/site" };
        var url = new Option<string?>("--url") { Description = "Webadres waar de site komt te staan, voor sitemap.xml (bijvoorbeeld https://www.bestuur.example/veiligheid)" };
        var adoptedOnly = new Option<bool>("--alleen-vastgesteld") { Description = "Laat concepten weg: publiceer alleen schooljaren waarvan het plan is vastgesteld (standaard staan concepten erop, met het label concept)" };
        var command = new Command("publish", "Maak de website van het bestuur: de openbare versie van alle documenten (webpagina, PDF, Word) met een overzicht per bestuur en per school") { board, output, url, adoptedOnly };
        command.SetAction(result =>
        {
            var baseUrl = result.GetValue(url);
            if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                Console.Error.WriteLine($"plangen: '{baseUrl}' is geen webadres; geef een adres dat begint met https://");
                return ExitCodes.Usage;
            }
            var general = new DiagnosticBag();
            var options = new PublishOptions { Root = root, Board = result.GetValue(board), OutputDirectory = result.GetValue(output)!, Writers = WriterRegistry.All, BaseUrl = baseUrl, AdoptedOnly = result.GetValue(adoptedOnly) };
            var progress = new BuildProgress();
            var published = progress.Run(_ => PublishService.Publish(options, general, progress.Report));
            var diagnostics = general.Items.Concat(published.Schools.SelectMany(r => r.Diagnostics)).ToList();
            TextReport.Write(Console.Error, diagnostics, root);
            var failed = published.Schools.Count(r => r.Failed);
            var schools = published.Site.Schools.Count();
            Console.Out.WriteLine($"Openbare site gemaakt in {options.OutputDirectory}/: {schools} scholen, {published.Pages.Count} overzichtsbestanden." + (failed > 0 ? $" {failed} school/scholen niet gepubliceerd door fouten." : ""));
            return general.HasErrors || failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
