using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PlanGen.Cli;

/// <summary>Help text in Dutch: System.CommandLine's own help has no Dutch translation.</summary>
public static class DutchHelp
{
    public static void Install(Command command)
    {
        foreach (var option in command.Options.OfType<HelpOption>())
        {
            option.Action = new DutchHelpAction();
            option.Description = "Toon deze uitleg";
        }
        foreach (var option in command.Options.OfType<VersionOption>())
        {
            option.Description = "Toon het versienummer";
        }
    }

    /// <summary>The action of --help, so Program can tell a help request from a usage error.</summary>
    public abstract class Action : SynchronousCommandLineAction;

    private sealed class DutchHelpAction : Action
    {
        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(command.Description);
            output.WriteLine();
            var path = command is RootCommand ? "plangen" : $"plangen {command.Name}";
            var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
            output.WriteLine("Gebruik:");
            output.WriteLine($"  {path}{(command.Subcommands.Count > 0 ? " <opdracht>" : "")}{arguments}{(command.Options.Count > 0 ? " [opties]" : "")}");
            if (command.Arguments.Any(a => !a.Hidden))
            {
                output.WriteLine();
                output.WriteLine("Argumenten:");
                foreach (var argument in command.Arguments.Where(a => !a.Hidden))
                {
                    output.WriteLine($"  {$"<{argument.Name}>",-28} {argument.Description}");
                }
            }
            var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).Where(o => !o.Hidden).Distinct().ToList();
            if (options.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Opties:");
                foreach (var option in options)
                {
                    var names = string.Join(", ", option.Aliases.Prepend(option.Name).Distinct().OrderBy(n => n.Length));
                    var values = option.CompletionSources.Count > 0 && option is not HelpOption and not VersionOption && option.ValueType != typeof(bool)
                        ? " <" + string.Join("|", option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label)) + ">"
                        : "";
                    output.WriteLine($"  {names + values,-28} {option.Description}");
                }
            }
            if (command.Subcommands.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Opdrachten:");
                foreach (var sub in command.Subcommands.Where(s => !s.Hidden))
                {
                    output.WriteLine($"  {sub.Name,-28} {sub.Description}");
                }
                output.WriteLine();
                output.WriteLine("Meer uitleg per opdracht: plangen <opdracht> --help");
            }
            output.WriteLine();
            output.WriteLine("Afsluitcodes: 0 gelukt, 1 fouten in de invoer, 2 verkeerd gebruik van de opdracht.");
            return 0;
        }
    }
}
