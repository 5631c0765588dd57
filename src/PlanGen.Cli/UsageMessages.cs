using System.Text.RegularExpressions;

namespace PlanGen.Cli;

/// <summary>Dutch wording for System.CommandLine's parse errors (it ships no Dutch resources).</summary>
public static partial class UsageMessages
{
    public static string Translate(string message)
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
        if (message.Contains("Required argument missing", StringComparison.Ordinal) || message.Contains("Required command was not provided", StringComparison.Ordinal))
        {
            return "er ontbreekt een verplicht argument of een opdracht";
        }
        return message;
    }

    [GeneratedRegex("Unrecognized command or argument '([^']*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("Argument '([^']*)' not recognized")]
    private static partial Regex NotAmong();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
