using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanGen.Core.Building;

/// <summary>YAML front matter for the Markdown output; values are JSON-quoted strings, which YAML reads as they are.</summary>
internal static class FrontMatter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Create(IEnumerable<(string Key, object Value)> fields)
    {
        var sb = new StringBuilder("---\n");
        foreach (var (key, value) in fields)
        {
            sb.Append(key).Append(": ").Append(JsonSerializer.Serialize(value, Options)).Append('\n');
        }
        return sb.Append("---\n\n").ToString();
    }
}
