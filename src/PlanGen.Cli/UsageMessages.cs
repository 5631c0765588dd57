using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using PlanGen.Core.Binding;

namespace PlanGen.Cli;

/// <summary>
/// Dutch wording for System.CommandLine's parse errors (it ships no Dutch resources), with "bedoelde je
/// ...?" for a misspelt command or option and the option's name when its value is missing.
/// </summary>
public static partial class UsageMessages
{
    /// <summary>One Dutch line per problem; a value that only follows an unknown option is not a second problem.</summary>
    public static IReadOnlyList<string> Explain(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var lines = new List<string>();
        string? unknownOption = null;
        foreach (var error in result.Errors)
        {
            var unrecognized = Unrecognized().Match(error.Message);
            if (unrecognized.Success)
            {
                var token = unrecognized.Groups[1].Value;
                if (unknownOption is not null && !token.StartsWith('-') && Follows(result, unknownOption, token))
                {
                    continue;
                }
                if (token.StartsWith('-'))
                {
                    unknownOption = token;
                }
                lines.Add(Unknown(command, token));
                continue;
            }
            lines.Add(Translate(error.Message, command));
        }
        lines.AddRange(OptionsTakenAsArguments(result).Select(token => Unknown(command, token)));
        if (lines.Count > 1)
        {
            // "plangen bulid": the unknown command says it all; "no command given" only follows from it.
            lines.Remove(Translate("Required command was not provided."));
        }
        return lines;
    }

    public static string Translate(string message, Command? command = null)
    {
        var match = Unrecognized().Match(message);
        if (match.Success)
        {
            return $"onbekende opdracht of optie '{match.Groups[1].Value}'";
        }
        match = NotAmong().Match(message);
        if (match.Success)
        {
            return $"'{match.Groups[1].Value}' is geen geldige waarde; kies uit: {string.Join(", ", Quoted().Matches(message).Skip(1).Select(m => m.Groups[1].Value))}";
        }
        match = OptionValueMissing().Match(message);
        if (match.Success)
        {
            var name = match.Groups[1].Value;
            var option = command?.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            var choices = option is null ? [] : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
            return choices.Count > 0
                ? $"de optie {name} mist een waarde; kies uit: {string.Join(", ", choices)} (bijvoorbeeld {name} {choices[0]})"
                : $"de optie {name} mist een waarde (schrijf {name} <{DutchHelp.Placeholder(option)}>)";
        }
        match = ArgumentMissing().Match(message);
        if (match.Success)
        {
            return $"'plangen {match.Groups[2].Value}' heeft nog een argument nodig: <{match.Groups[1].Value}>";
        }
        match = CannotParse().Match(message);
        if (match.Success)
        {
            return $"'{match.Groups[1].Value}' is geen geldige waarde voor {match.Groups[2].Value}";
        }
        if (message.Contains("Required command was not provided", StringComparison.Ordinal))
        {
            return "er ontbreekt een opdracht, bijvoorbeeld plangen validate";
        }
        return message;
    }

    private static string Unknown(Command command, string token)
    {
        var candidates = token.StartsWith('-')
            ? AllOptions(command).Where(o => o is not HelpOption && !o.Hidden).Select(o => o.Name)
            : command.Subcommands.Where(s => !s.Hidden).Select(s => s.Name);
        var suggestion = Suggestions.Closest(token.TrimStart('-'), candidates.Select(c => c.TrimStart('-')));
        var kind = token.StartsWith('-') ? "optie" : command.Subcommands.Count > 0 ? "opdracht" : "opdracht of optie";
        var prefix = token.StartsWith("--", StringComparison.Ordinal) ? "--" : token.StartsWith('-') ? "--" : "";
        return suggestion is null ? $"onbekende {kind} '{token}'" : $"onbekende {kind} '{token}'; bedoelde je '{prefix}{suggestion}'?";
    }

    /// <summary>An argument list such as validate's [PAD...] swallows "--stil"; a path never starts with '-'.</summary>
    private static IEnumerable<string> OptionsTakenAsArguments(ParseResult result) =>
        result.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(v => v.Length > 1 && v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v));

    public static IEnumerable<Option> AllOptions(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).Distinct();

    private static bool Follows(ParseResult result, string option, string token)
    {
        var tokens = result.Tokens.Select(t => t.Value).ToList();
        var at = tokens.IndexOf(option);
        return at >= 0 && at + 1 < tokens.Count && tokens[at + 1] == token;
    }

    [GeneratedRegex("Unrecognized command or argument '([^']*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("Argument '([^']*)' not recognized")]
    private static partial Regex NotAmong();

    [GeneratedRegex("Required argument missing for option: '([^']*)'")]
    private static partial Regex OptionValueMissing();

    [GeneratedRegex("Required argument '([^']*)' missing for command: '([^']*)'")]
    private static partial Regex ArgumentMissing();

    [GeneratedRegex("Cannot parse argument '([^']*)' for (?:option|command) '([^']*)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
