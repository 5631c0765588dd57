using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGen.Core.Building;
using PlanGen.Core.Schema;

namespace PlanGen.Cli.Commands;

/// <summary>
/// plangen editor: what VS Code's YAML extension needs, written into the repository so it works offline
/// and with only the installed tool: the three JSON Schemas and .vscode/settings.json mapping them by glob.
/// </summary>
public static class EditorCommand
{
    /// <summary>Where the schemas live in a board repository (the PlanGen checkout has docs/schema/).</summary>
    public const string BoardSchemaFolder = ".vscode/plangen";

    private static readonly (string Name, string Glob)[] Files =
    [
        ("school", "schools/**/school.yaml"),
        ("bestuur", "schools/**/bestuur.yaml"),
        ("jaarplan", "schools/**/jaarplannen/*.yaml"),
    ];

    public static Command Create(string root)
    {
        var command = new Command("editor", "Zet de editor klaar (VS Code met de YAML-extensie): schema's en .vscode/settings.json, voor aanvullen en controle tijdens het typen");
        command.SetAction(_ =>
        {
            foreach (var line in Setup(root))
            {
                Console.Out.WriteLine(line);
            }
            Console.Out.WriteLine("Installeer in VS Code de extensie YAML (redhat.vscode-yaml) en open deze map; zie docs/editor.md.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The folder (relative to the root, with '/') holding the schemas the editor uses here.</summary>
    public static string SchemaFolder(string root) =>
        File.Exists(Path.Combine(root, "docs", "schema", "school.schema.json")) ? "docs/schema" : BoardSchemaFolder;

    /// <summary>Writes what is missing or stale; returns one Dutch line per file written.</summary>
    public static IReadOnlyList<string> Setup(string root)
    {
        var written = new List<string>();
        var folder = SchemaFolder(root);
        if (folder == BoardSchemaFolder)
        {
            foreach (var (name, _) in Files)
            {
                var path = $"{folder}/{name}.schema.json";
                if (WriteIfChanged(Path.Combine(root, path), JsonSchemaGenerator.Generate(JsonSchemaGenerator.Files[name], name) + "\n"))
                {
                    written.Add($"geschreven: {path}");
                }
            }
        }
        var settingsPath = Path.Combine(root, ".vscode", "settings.json");
        var settings = ReadSettings(settingsPath);
        if (settings is null)
        {
            written.Add("niet aangepast: .vscode/settings.json is geen geldige JSON; zet daarin zelf \"yaml.schemas\" (zie docs/editor.md)");
            return written;
        }
        var schemas = settings["yaml.schemas"] as JsonObject ?? new JsonObject();
        foreach (var (name, glob) in Files)
        {
            schemas[$"./{folder}/{name}.schema.json"] = glob;
        }
        settings["yaml.schemas"] = schemas;
        var text = settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (WriteIfChanged(settingsPath, text))
        {
            written.Add("geschreven: .vscode/settings.json");
        }
        return written;
    }

    /// <summary>The "# yaml-language-server: $schema=..." line for a file, relative to its folder.</summary>
    public static string Modeline(string root, string file, string schema)
    {
        var target = Path.Combine(root, SchemaFolder(root), $"{schema}.schema.json");
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFullPath(target)).Replace('\\', '/');
        return $"# yaml-language-server: $schema={relative}";
    }

    /// <summary>VS Code allows comments and trailing commas in settings.json; null when it cannot be read.</summary>
    private static JsonObject? ReadSettings(string path)
    {
        if (!File.Exists(path))
        {
            return new JsonObject();
        }
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return false;
        }
        AtomicFile.Write(path, s => s.Write(Encoding.UTF8.GetBytes(content)));
        return true;
    }
}
