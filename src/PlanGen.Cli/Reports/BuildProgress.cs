using PlanGen.Core.Building;
using Spectre.Console;

namespace PlanGen.Cli.Reports;

/// <summary>
/// Plain lines in CI and when output is redirected; a live list on an interactive terminal.
/// Given a writer (as `plangen ci` does with stderr, its stdout being the summary), always plain lines there.
/// </summary>
public sealed class BuildProgress(TextWriter? plain = null)
{
    private readonly bool interactive = plain is null && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
    private readonly object gate = new();

    public T Run<T>(Func<int, T> build) => build(0);

    public void Report(SchoolBuildResult result)
    {
        lock (gate)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == PlanGen.Core.Diagnostics.Severity.Error);
            var text = result switch
            {
                { Failed: true } => $"✗ {result.School}: niet gebouwd ({errors} {(errors == 1 ? "fout" : "fouten")})",
                { Removed: true } => $"- {result.School}: school bestaat niet meer, {result.Deleted.Count} bestanden verwijderd",
                { Unchanged: true } => $"= {result.School}: ongewijzigd",
                _ => $"✓ {result.School}: {result.Written.Count} bestanden",
            };
            if (interactive)
            {
                AnsiConsole.MarkupLine(result.Failed ? $"[red]{Markup.Escape(text)}[/]" : $"[green]{Markup.Escape(text)}[/]");
            }
            else
            {
                (plain ?? Console.Out).WriteLine(text);
            }
        }
    }
}
