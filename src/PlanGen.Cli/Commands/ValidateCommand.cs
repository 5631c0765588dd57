using System.CommandLine;
using PlanGen.Cli.Reports;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Commands;

/// <summary>plangen validate [PAD...] [--format text|json|sarif] [--strict]: checks schools, writes nothing.</summary>
public static class ValidateCommand
{
    public static Command Create(string root)
    {
        var paths = new Argument<string[]>("pad") { Description = "Scholen, besturen of bestanden om te controleren (standaard: schools/)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Vorm van het rapport: text, json of sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var strict = new Option<bool>("--strict") { Description = "Ook waarschuwingen laten falen (afsluitcode 1)" };
        var regime = new Option<string?>("--regime") { Description = "Controleer volgens huidig (nu geldende wet) of wvvo (Wet vrij en veilig onderwijs); standaard de instelling van het bestuur" };
        regime.AcceptOnlyFromAmong("huidig", "wvvo");
        var command = new Command("validate", "Controleer de YAML-gegevens van scholen en meld alle problemen met bestand, regel en kolom") { paths, format, strict, regime };
        command.SetAction(result =>
        {
            var given = result.GetValue(paths) is { Length: > 0 } p ? p : ["schools"];
            var general = new DiagnosticBag();
            var schools = SchoolChecker.Check(root, given, general, result.GetValue(regime));
            var all = new DiagnosticBag();
            all.AddRange(general.Items);
            foreach (var school in schools)
            {
                all.AddRange(school.Diagnostics.Items);
            }
            var diagnostics = all.Sorted();
            switch (result.GetValue(format))
            {
                case "json":
                    JsonReport.Write(Console.Out, diagnostics, schools.Count);
                    break;
                case "sarif":
                    SarifReport.Write(Console.Out, diagnostics, root);
                    break;
                default:
                    TextReport.Write(Console.Out, diagnostics, root);
                    Console.Out.WriteLine(TextReport.Summary(diagnostics, schools.Count));
                    break;
            }
            var failed = all.HasErrors || (result.GetValue(strict) && diagnostics.Count > 0);
            return failed ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
