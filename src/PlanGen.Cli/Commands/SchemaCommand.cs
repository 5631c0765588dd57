using System.CommandLine;
using PlanGen.Core.Schema;

namespace PlanGen.Cli.Commands;

/// <summary>plangen schema [--bestand school|bestuur|jaarplan]: JSON Schema on stdout for editors (VS Code YAML extension).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--bestand") { Description = "Voor welk bestand: school, bestuur of jaarplan", DefaultValueFactory = _ => "school" };
        file.AcceptOnlyFromAmong([.. JsonSchemaGenerator.Files.Keys]);
        var command = new Command("schema", "Schrijf het JSON Schema van de YAML-bestanden naar de uitvoer, voor automatisch aanvullen in de editor") { file };
        command.SetAction(result =>
        {
            var name = result.GetValue(file)!;
            Console.Out.WriteLine(JsonSchemaGenerator.Generate(JsonSchemaGenerator.Files[name], name));
            return ExitCodes.Ok;
        });
        return command;
    }
}
