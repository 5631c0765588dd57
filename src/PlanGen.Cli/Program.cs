using System.CommandLine;
using System.Text;
using PlanGen.Cli.Commands;

namespace PlanGen.Cli;

/// <summary>plangen: validate, build, schema and new. Exit codes: 0 ok, 1 invalid input, 2 usage.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        PlanGen.Core.Building.BuildTrace.Mark("main");
        Console.OutputEncoding = new UTF8Encoding(false);
        try
        {
            return Run(args, Environment.CurrentDirectory);
        }
        catch (Exception e) when (PlanGen.Core.Files.IoFailure.IsIo(e))
        {
            // A disk, path or rights problem the user can fix: one Dutch line naming the path, never "interne fout".
            var path = System.Text.RegularExpressions.Regex.Match(e.Message, "'([^']+)'") is { Success: true } m ? $" '{m.Groups[1].Value}'" : "";
            Console.Error.WriteLine($"plangen: kan{path} niet lezen of schrijven: {PlanGen.Core.Files.IoFailure.Reason(e)}; {PlanGen.Core.Files.IoFailure.Hint(e)}.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace for a user; the details go to stderr in one line.
            Console.Error.WriteLine($"plangen: interne fout ({e.GetType().Name}: {e.Message}). Er is niets half geschreven. Meld dit bij de beheerder van PlanGen.");
            return 1;
        }
    }

    public static int Run(string[] args, string root)
    {
        var command = new RootCommand("PlanGen maakt van de YAML-gegevens van een school het sociaal veiligheidsplan en de kwaliteitskaart (Markdown, Word, PDF, HTML).");
        args = HelpRequest(args);
        // "plangen validate ...": only that command is built (a cold start pays for every option it creates);
        // anything else (no command, a misspelt one, the root's --help) gets them all, for the list and "bedoelde je".
        var named = Array.FindIndex(Subcommands, s => args.Length > 0 && s.Name == args[0]);
        foreach (var (_, create) in named >= 0 ? Subcommands[named..(named + 1)] : Subcommands)
        {
            command.Subcommands.Add(create(root));
        }
        DutchHelp.Install(command);
        var result = command.Parse(args);
        // "plangen new --help" has no <bestuur/school>: asking for help is never a usage error.
        var wantsHelp = result.Action is DutchHelp.Action;
        var problems = wantsHelp ? [] : UsageMessages.Explain(result);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"plangen: {problem}");
            }
            var asked = result.CommandResult.Command;
            Console.Error.WriteLine(asked is RootCommand ? "Gebruik 'plangen help' voor uitleg." : $"Gebruik 'plangen help {asked.Name}' voor uitleg.");
            return ExitCodes.Usage;
        }
        // Our own handler in Main reports crashes in one Dutch line instead of a stack trace.
        return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }


    /// <summary>Every command in the order of the help text; the name is the one its Create gives it.</summary>
    private static readonly (string Name, Func<string, Command> Create)[] Subcommands =
    [
        ("validate", ValidateCommand.Create),
        ("build", BuildCommand.Create),
        ("ci", CiCommand.Create),
        ("schema", _ => SchemaCommand.Create()),
        ("new", NewCommand.Create),
        ("editor", EditorCommand.Create),
        ("bekijk", BekijkCommand.Create),
        ("publish", PublishCommand.Create),
        ("nieuw-schooljaar", RolloverCommand.Create),
        ("diff", DiffCommand.Create),
        ("agenda", AgendaCommand.Create),
        ("vaststellen", AdoptCommand.Create),
    ];

    /// <summary>"plangen" alone and "plangen help [opdracht]" ask for help, as "--help" does.</summary>
    private static string[] HelpRequest(string[] args) => args switch
    {
        [] or ["help"] => ["--help"],
        ["help", .. var rest] => [.. rest, "--help"],
        _ => args,
    };
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
}
