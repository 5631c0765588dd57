using System.CommandLine;
using PlanGen.Cli.Reports;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen ci [build options] [--samenvatting FILE]: the incremental build for a CI job, with a Markdown
/// summary (schools, warnings, changed documents) for the job page, e.g. --samenvatting "$GITHUB_STEP_SUMMARY".
/// </summary>
public static class CiCommand
{
    public static Command Create(string root)
    {
        var arguments = new BuildArguments();
        var summary = new Option<string?>("--samenvatting") { Description = "Voeg de samenvatting (Markdown) toe aan dit bestand, bijvoorbeeld \"$GITHUB_STEP_SUMMARY\"; zonder deze optie komt ze op de standaarduitvoer" };
        var command = new Command("ci", "Bouw zoals build (alleen wat veranderd is) en geef een samenvatting in Markdown voor de CI: scholen, waarschuwingen, gewijzigde documenten") { summary };
        arguments.AddTo(command);
        command.SetAction(result =>
        {
            if (arguments.Options(result, root) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var general = new DiagnosticBag();
            var results = new BuildService().Build(options, general, new BuildProgress(Console.Error).Report);
            TextReport.Write(Console.Error, general.Items.Concat(results.Where(r => !r.Unchanged).SelectMany(r => r.Diagnostics)).ToList(), root);
            var title = "PlanGen" + (options.Shard.Count > 1 ? $", deel {options.Shard}" : "");
            var markdown = CiSummary.Render(results, general.Items, title);
            if (result.GetValue(summary) is { } file)
            {
                File.AppendAllText(Path.GetFullPath(file, root), markdown);
                Console.Out.WriteLine(BuildSummary.Line(results, options.OutputDirectory));
            }
            else
            {
                Console.Out.Write(markdown);
            }
            return general.HasErrors || results.Any(r => r.Failed) ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
