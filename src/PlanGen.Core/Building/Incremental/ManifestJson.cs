using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Building.Incremental;

/// <summary>Reads and writes <see cref="SchoolManifest"/> as JSON with a fixed key order (deterministic bytes).</summary>
public static class ManifestJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(SchoolManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("versie", SchoolManifest.FormatVersion);
            json.WriteString("school", manifest.School);
            json.WriteString("instellingen", manifest.Settings);
            json.WriteStartArray("invoer");
            foreach (var input in manifest.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("soort", input.Kind);
                json.WriteString("pad", input.Path);
                json.WriteString("sha256", input.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("uitvoer");
            foreach (var output in manifest.Outputs)
            {
                json.WriteStartObject();
                json.WriteString("pad", output.Path);
                json.WriteNumber("bytes", output.Bytes);
                json.WriteString("sha256", output.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("meldingen");
            foreach (var d in manifest.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("bestand", d.Location.File);
                json.WriteNumber("regel", d.Location.Line);
                json.WriteNumber("kolom", d.Location.Column);
                json.WriteString("code", d.Code);
                json.WriteString("ernst", d.Severity == Severity.Error ? "fout" : "waarschuwing");
                json.WriteString("bericht", d.Message);
                if (d.Hint is not null)
                {
                    json.WriteString("hint", d.Hint);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Null when the file is missing, unreadable or of another version: the school is then simply rebuilt.</summary>
    public static SchoolManifest? Read(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("versie").GetInt32() != SchoolManifest.FormatVersion)
            {
                return null;
            }
            return new SchoolManifest(
                root.GetProperty("school").GetString()!,
                root.GetProperty("instellingen").GetString()!,
                root.GetProperty("invoer").EnumerateArray().Select(e => new ManifestInput(Text(e, "soort"), Text(e, "pad"), Text(e, "sha256"))).ToList(),
                root.GetProperty("uitvoer").EnumerateArray().Select(e => new ManifestOutput(Text(e, "pad"), e.GetProperty("bytes").GetInt64(), Text(e, "sha256"))).ToList(),
                root.GetProperty("meldingen").EnumerateArray().Select(ReadDiagnostic).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static Diagnostic ReadDiagnostic(JsonElement e) => new(
        new SourceLocation(Text(e, "bestand"), e.GetProperty("regel").GetInt32(), e.GetProperty("kolom").GetInt32()),
        Text(e, "code"),
        Text(e, "ernst") == "fout" ? Severity.Error : Severity.Warning,
        Text(e, "bericht"),
        e.TryGetProperty("hint", out var hint) ? hint.GetString() : null);

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? throw new FormatException(name);
}
