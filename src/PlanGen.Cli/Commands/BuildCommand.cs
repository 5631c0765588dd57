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
        var quiet = new Option<bool>("--stil") { Description = "Alleen fouten tonen: geen voortgang, geen waarschuwingen en geen samenvatting (voor scripts)" };
        command.Options.Add(quiet);
        command.SetAction(result =>
        {
            if (arguments.Options(result, root) is not { } options)
            {
                return ExitCodes.Usage;
            }
            BuildTrace.Mark("build: command line read");
            var general = new DiagnosticBag();
            var stil = result.GetValue(quiet);
            var progress = new BuildProgress(stil ? TextWriter.Null : null);
            var results = progress.Run(total => new BuildService().Build(options, general, progress.Report));
            // A skipped school's warnings were shown when it was built; repeating them on every build hides what is new.
            var diagnostics = general.Items.Concat(results.Where(r => !r.Unchanged).SelectMany(r => r.Diagnostics))
                .Where(d => !stil || d.Severity == Severity.Error).ToList();
            TextReport.Write(Console.Error, diagnostics, root);
            if (!stil)
            {
                if (UnchangedWarnings(results) is { } repeated)
                {
                    Console.Error.WriteLine(repeated);
                }
                Console.Out.WriteLine(BuildSummary.Line(results, options.OutputDirectory));
            }
            BuildTrace.Mark("build: reported");
            return general.HasErrors || results.Any(r => r.Failed) ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"3 waarschuwingen van 2 ongewijzigde scholen niet herhaald; bekijk ze met: plangen validate".</summary>
    private static string? UnchangedWarnings(IReadOnlyList<SchoolBuildResult> results)
    {
        var skipped = results.Where(r => r.Unchanged && r.Diagnostics.Count > 0).ToList();
        var count = skipped.Sum(r => r.Diagnostics.Count);
        if (count == 0)
        {
            return null;
        }
        var schools = skipped.Count == 1 ? "1 ongewijzigde school" : $"{skipped.Count} ongewijzigde scholen";
        return $"{count} {(count == 1 ? "waarschuwing" : "waarschuwingen")} van {schools} niet herhaald; bekijk ze met: plangen validate";
    }
}
