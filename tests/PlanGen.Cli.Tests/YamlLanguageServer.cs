using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>
/// The real yaml-language-server (tests/tools, npm ci) over stdio, configured the way VS Code's YAML
/// extension configures it: the workspace folder and the "yaml.schemas" of its .vscode/settings.json.
/// </summary>
public sealed class YamlLanguageServer : IDisposable
{
    public static string ServerScript { get; } = Path.Combine(TestRepository.SourceRoot, "tests", "tools", "node_modules", "yaml-language-server", "bin", "yaml-language-server");

    /// <summary>Null when the server can run here; else why not (for Skip).</summary>
    public static string? Missing()
    {
        if (!File.Exists(ServerScript))
        {
            return "yaml-language-server is not installed: run npm ci in tests/tools (.ci/run does)";
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':').Any(p => File.Exists(Path.Combine(p, "node"))) ? null : "node is not installed";
    }

    private readonly Process process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonArray>> diagnostics = new();
    private readonly JsonObject settings;
    private int nextId;

    public YamlLanguageServer(string workspace)
    {
        var settingsFile = Path.Combine(workspace, ".vscode", "settings.json");
        var schemas = File.Exists(settingsFile) ? JsonNode.Parse(File.ReadAllText(settingsFile))!["yaml.schemas"]?.DeepClone() : null;
        settings = new JsonObject
        {
            ["validate"] = true, ["completion"] = true, ["hover"] = true,
            ["schemaStore"] = new JsonObject { ["enable"] = false },
            ["schemas"] = schemas ?? new JsonObject(),
        };
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServerScript);
        start.ArgumentList.Add("--stdio");
        process = Process.Start(start)!;
        _ = Task.Run(ReadLoop);
        _ = process.StandardError.ReadToEndAsync();
        var uri = new Uri(workspace + "/").AbsoluteUri;
        Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = uri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = uri, ["name"] = "repo" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["documentationFormat"] = new JsonArray("plaintext") } } },
            },
        }).Wait(TimeSpan.FromSeconds(60));
        Notify("initialized", new JsonObject());
        Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = settings.DeepClone() } });
    }

    /// <summary>Opens the file and returns the diagnostics the server publishes for it, as "line:col: message" (1-based).</summary>
    public IReadOnlyList<string> Diagnose(string file)
    {
        var uri = new Uri(file).AbsoluteUri;
        var published = diagnostics.GetOrAdd(uri, _ => new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously));
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = File.ReadAllText(file) },
        });
        if (!published.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"no diagnostics for {file}");
        }
        return published.Task.Result.Select(d => $"{(int)d!["range"]!["start"]!["line"]! + 1}:{(int)d["range"]!["start"]!["character"]! + 1}: {d["message"]}").ToList();
    }

    /// <summary>Completion labels and their documentation at a 0-based position of an opened file.</summary>
    public IReadOnlyList<(string Label, string? Documentation)> Complete(string file, int line, int character)
    {
        var result = Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = new Uri(file).AbsoluteUri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });
        if (!result.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("no completion");
        }
        var items = result.Result is JsonArray array ? array : result.Result?["items"]?.AsArray() ?? [];
        return items.Select(i => ((string)i!["label"]!, i["documentation"] switch
        {
            JsonValue v => (string?)v,
            JsonObject o => (string?)o["value"],
            _ => null,
        })).ToList();
    }

    private Task<JsonNode?> Request(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        var done = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = done;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return done.Task;
    }

    private void Notify(string method, JsonObject parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (process)
        {
            var stream = process.StandardInput.BaseStream;
            stream.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            stream.Write(body);
            stream.Flush();
        }
    }

    private async Task ReadLoop()
    {
        var stream = process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = 0;
                string header;
                while ((header = await ReadLine(stream)) != "")
                {
                    if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(header["Content-Length:".Length..].Trim());
                    }
                }
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                Handle(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ObjectDisposedException)
        {
            // The server stopped.
        }
    }

    private void Handle(JsonObject message)
    {
        var method = (string?)message["method"];
        if (method is null && message["id"] is { } id && pending.TryRemove((int)id, out var waiting))
        {
            waiting.SetResult(message["result"]);
        }
        else if (method == "textDocument/publishDiagnostics")
        {
            var uri = (string)message["params"]!["uri"]!;
            diagnostics.GetOrAdd(uri, _ => new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message["params"]!["diagnostics"]!.AsArray());
        }
        else if (method is not null && message["id"] is { } requestId)
        {
            // Requests from the server: answer workspace/configuration with the settings, others with null.
            JsonNode? result = method == "workspace/configuration"
                ? new JsonArray([.. message["params"]!["items"]!.AsArray().Select(item => (string?)item!["section"] == "yaml" ? settings.DeepClone() : null)])
                : null;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
        }
    }

    private static async Task<string> ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new EndOfStreamException();
            }
            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }
            bytes.Add(one[0]);
        }
    }

    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }
}
