using System.CommandLine;
using PlanGen.Cli.Reports;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen build [--school X] [--format md|docx|pdf|html|all] [--editie intern|openbaar] [--pdf-engine skia|chromium] [--shard i/n] [--force]:
/// writes output/&lt;bestuur&gt;/&lt;school&gt;/&lt;schooljaar&gt;/, skipping schools whose inputs did not change.
/// </summary>
public static class BuildCommand
{
    public static Command Create(string root)
    {
        var arguments = new BuildArguments();
        var command = new Command("build", "Maak de documenten van alle scholen (of één school) in output/; ongewijzigde scholen worden overgeslagen");
        arguments.AddTo(command);
        command.SetAction(result =>
        {
            if (arguments.Options(result, root) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var general = new DiagnosticBag();
            var progress = new BuildProgress();
            var results = progress.Run(total => new BuildService().Build(options, general, progress.Report));
            var diagnostics = general.Items.Concat(results.SelectMany(r => r.Diagnostics)).ToList();
            TextReport.Write(Console.Error, diagnostics, root);
            Console.Out.WriteLine(BuildSummary.Line(results, options.OutputDirectory));
            return general.HasErrors || results.Any(r => r.Failed) ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
