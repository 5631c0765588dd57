using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>The command line a director types by hand: help without asking for it, and "bedoelde je ...?".</summary>
public class UsageTests
{
    [Fact]
    public void Plangen_alone_and_plangen_help_show_the_help()
    {
        using var repo = new TestRepository();
        foreach (var args in new[] { Array.Empty<string>(), ["help"] })
        {
            var result = Plangen.Run(repo.Root, args);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Opdrachten:", result.Out);
            Assert.Contains("Meer uitleg per opdracht: plangen help <opdracht>", result.Out);
            Assert.Equal("", result.Error);
        }
        var build = Plangen.Run(repo.Root, "help", "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("  plangen build [opties]", build.Out);
    }

    [Fact]
    public void Every_command_in_the_help_list_has_its_own_help()
    {
        // Program builds only the command that is named first: its table must name each command as it names itself.
        using var repo = new TestRepository();
        var list = Plangen.Run(repo.Root, "help").Out;
        var names = list[list.IndexOf("Opdrachten:", StringComparison.Ordinal)..].Split('\n')
            .Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0]).ToList();
        Assert.Equal(12, names.Count);
        foreach (var name in names)
        {
            var help = Plangen.Run(repo.Root, name, "--help");
            Assert.True(help.ExitCode == 0, name + ": " + help.Error);
            Assert.Contains($"  plangen {name}", help.Out);
        }
    }

    [Fact]
    public void Help_shows_placeholders_defaults_optional_paths_and_no_alias_clutter()
    {
        using var repo = new TestRepository();
        var validate = Plangen.Run(repo.Root, "validate", "--help").Out;
        Assert.Contains("  plangen validate [pad...] [opties]", validate);
        Assert.Contains("  --format <json|sarif|text>     Vorm van het rapport: text, json of sarif (standaard: text)", validate);
        Assert.Contains("  --help                         Toon deze uitleg", validate);
        Assert.DoesNotContain("/?", validate);
        Assert.DoesNotContain("-h,", validate);
        var build = Plangen.Run(repo.Root, "build", "--help").Out;
        Assert.Contains("  --school <school>              Bouw alleen deze school", build);
        Assert.Contains("  --out <map>                    Map voor de uitvoer (standaard: output)", build);
        Assert.Contains("(standaard: all)", build);
        // The old aliases still work.
        Assert.Equal(0, Plangen.Run(repo.Root, "build", "-h").ExitCode);
    }

    [Theory]
    [InlineData(new[] { "bulid" }, "plangen: onbekende opdracht 'bulid'; bedoelde je 'build'?")]
    [InlineData(new[] { "build", "--fromat", "pdf" }, "plangen: onbekende optie '--fromat'; bedoelde je '--format'?")]
    [InlineData(new[] { "validate", "--stict" }, "plangen: onbekende optie '--stict'; bedoelde je '--strict'?")]
    [InlineData(new[] { "validate", "--stil" }, "plangen: onbekende optie '--stil'")]
    [InlineData(new[] { "build", "--format" }, "plangen: de optie --format mist een waarde; kies uit: all, docx, html, md, pdf (bijvoorbeeld --format all)")]
    [InlineData(new[] { "build", "--school" }, "plangen: de optie --school mist een waarde (schrijf --school <school>)")]
    public void Wrong_use_names_the_problem_once_with_a_suggestion(string[] args, string expected)
    {
        using var repo = new TestRepository();
        var result = Plangen.Run(repo.Root, args);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd().Split('\n');
        Assert.Equal([expected, $"Gebruik 'plangen help{(args[0] == "bulid" ? "" : " " + args[0])}' voor uitleg."], lines);
    }
}
