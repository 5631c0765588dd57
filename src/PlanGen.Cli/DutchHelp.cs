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

    /// <summary>What to write between &lt; &gt;: the choices (a|b), the option's help name, or its name.</summary>
    public static string Placeholder(Option? option)
    {
        if (option is null)
        {
            return "waarde";
        }
        var choices = option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).ToList();
        return choices.Count > 0 ? string.Join("|", choices) : option.HelpName ?? option.Name.TrimStart('-');
    }

    private static string Usage(Argument argument) =>
        (argument.Arity.MinimumNumberOfValues, argument.Arity.MaximumNumberOfValues) switch
        {
            (0, > 1) => $"[{argument.Name}...]",
            (0, _) => $"[{argument.Name}]",
            (_, > 1) => $"<{argument.Name}>...",
            _ => $"<{argument.Name}>",
        };

    /// <summary>"(standaard: all)" unless the description already names the default.</summary>
    private static string Default(Option option)
    {
        if (!option.HasDefaultValue || option.ValueType == typeof(bool) || option.Description?.Contains("standaard", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "";
        }
        return option.GetDefaultValue() is { } value && value.ToString() is { Length: > 0 } text ? $" (standaard: {text})" : "";
    }

    private static string Row(string left, string right) => left.Length < 30 ? $"  {left,-30} {right}" : $"  {left}\n  {"",-30} {right}";

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
            var visibleArguments = command.Arguments.Where(a => !a.Hidden).ToList();
            var arguments = string.Concat(visibleArguments.Select(a => " " + Usage(a)));
            output.WriteLine("Gebruik:");
            output.WriteLine($"  {path}{(command.Subcommands.Count > 0 ? " <opdracht>" : "")}{arguments}{(command.Options.Count > 0 ? " [opties]" : "")}");
            if (visibleArguments.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Argumenten:");
                foreach (var argument in visibleArguments)
                {
                    output.WriteLine(Row(Usage(argument), argument.Description ?? ""));
                }
            }
            var options = UsageMessages.AllOptions(command).Where(o => !o.Hidden).ToList();
            if (options.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Opties:");
                foreach (var option in options)
                {
                    // One name per option: the -h, /h, -? and /? aliases still work but clutter every screen.
                    var names = option is HelpOption ? "--help" : string.Join(", ", option.Aliases.Prepend(option.Name).Distinct().OrderBy(n => n.Length));
                    var value = option.ValueType == typeof(bool) || option is HelpOption or VersionOption ? "" : $" <{Placeholder(option)}>";
                    output.WriteLine(Row(names + value, option.Description + Default(option)));
                }
            }
            if (command.Subcommands.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Opdrachten:");
                foreach (var sub in command.Subcommands.Where(s => !s.Hidden))
                {
                    output.WriteLine(Row(sub.Name, sub.Description ?? ""));
                }
                output.WriteLine();
                output.WriteLine("Meer uitleg per opdracht: plangen help <opdracht> (of plangen <opdracht> --help)");
            }
            output.WriteLine();
            output.WriteLine("Afsluitcodes: 0 gelukt, 1 fouten in de invoer, 2 verkeerd gebruik van de opdracht.");
            return 0;
        }
    }
}
