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
                if (output.Document is not null)
                {
                    json.WriteString("document-sha256", output.Document);
                }
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
            return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Read straight from the bytes (no JsonDocument): a rebuild with nothing changed reads 1,000 manifests of about
    /// 11 kB, and this is most of its work. Keys in any order, unknown keys skipped; a missing key gives null.
    /// </summary>
    internal static SchoolManifest? Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        int? version = null;
        string? school = null, settings = null;
        List<ManifestInput>? inputs = null;
        List<ManifestOutput>? outputs = null;
        List<Diagnostic>? diagnostics = null;
        Expect(ref reader, JsonTokenType.StartObject);
        while (Property(ref reader) is { } name)
        {
            switch (name)
            {
                case "versie":
                    version = reader.GetInt32();
                    break;
                case "school":
                    school = Text(ref reader);
                    break;
                case "instellingen":
                    settings = Text(ref reader);
                    break;
                case "invoer":
                    inputs = ReadInputs(ref reader);
                    break;
                case "uitvoer":
                    outputs = ReadOutputs(ref reader);
                    break;
                case "meldingen":
                    diagnostics = ReadDiagnostics(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (version != SchoolManifest.FormatVersion || school is null || settings is null || inputs is null || outputs is null || diagnostics is null)
        {
            return null;
        }
        return new SchoolManifest(school, settings, inputs, outputs, diagnostics);
    }

    private static List<ManifestInput> ReadInputs(ref Utf8JsonReader reader)
    {
        var list = new List<ManifestInput>();
        Expect(ref reader, JsonTokenType.StartArray, alreadyRead: true);
        while (NextItem(ref reader))
        {
            string? kind = null, path = null, sha = null;
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case "soort": kind = Text(ref reader); break;
                    case "pad": path = Text(ref reader); break;
                    case "sha256": sha = Text(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            list.Add(new ManifestInput(kind ?? throw new FormatException("soort"), path ?? throw new FormatException("pad"), sha ?? throw new FormatException("sha256")));
        }
        return list;
    }

    private static List<ManifestOutput> ReadOutputs(ref Utf8JsonReader reader)
    {
        var list = new List<ManifestOutput>();
        Expect(ref reader, JsonTokenType.StartArray, alreadyRead: true);
        while (NextItem(ref reader))
        {
            string? path = null, sha = null, document = null;
            long? bytes = null;
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case "pad": path = Text(ref reader); break;
                    case "bytes": bytes = reader.GetInt64(); break;
                    case "sha256": sha = Text(ref reader); break;
                    case "document-sha256": document = Text(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            list.Add(new ManifestOutput(path ?? throw new FormatException("pad"), bytes ?? throw new FormatException("bytes"), sha ?? throw new FormatException("sha256"), document));
        }
        return list;
    }

    private static List<Diagnostic> ReadDiagnostics(ref Utf8JsonReader reader)
    {
        var list = new List<Diagnostic>();
        Expect(ref reader, JsonTokenType.StartArray, alreadyRead: true);
        while (NextItem(ref reader))
        {
            string? file = null, code = null, severity = null, message = null, hint = null;
            int? line = null, column = null;
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case "bestand": file = Text(ref reader); break;
                    case "regel": line = reader.GetInt32(); break;
                    case "kolom": column = reader.GetInt32(); break;
                    case "code": code = Text(ref reader); break;
                    case "ernst": severity = Text(ref reader); break;
                    case "bericht": message = Text(ref reader); break;
                    case "hint": hint = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }
            list.Add(new Diagnostic(
                new SourceLocation(file ?? throw new FormatException("bestand"), line ?? throw new FormatException("regel"), column ?? throw new FormatException("kolom")),
                code ?? throw new FormatException("code"),
                (severity ?? throw new FormatException("ernst")) == "fout" ? Severity.Error : Severity.Warning,
                message ?? throw new FormatException("bericht"),
                hint));
        }
        return list;
    }

    /// <summary>The next property's name with the reader on its value, or null at the end of the object.</summary>
    private static string? Property(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new FormatException("eigenschap verwacht");
        }
        var name = reader.GetString()!;
        reader.Read();
        return name;
    }

    /// <summary>True when the array has another object (the reader on its start), false at the end of the array.</summary>
    private static bool NextItem(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }
        return reader.TokenType == JsonTokenType.StartObject ? true : throw new FormatException("object verwacht");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, bool alreadyRead = false)
    {
        if ((!alreadyRead && !reader.Read()) || reader.TokenType != type)
        {
            throw new FormatException(type.ToString());
        }
    }

    private static string Text(ref Utf8JsonReader reader) => reader.GetString() ?? throw new FormatException("tekst verwacht");
}
