using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Schema;

/// <summary>
/// Our YAML tree as JSON, typed the way YAML 1.2 editors (yaml-language-server) read it, so a test
/// can check files against the JSON Schema exactly as the editor does.
/// </summary>
internal static partial class YamlToJson
{
    public static JsonNode? Convert(YNode node) => node switch
    {
        YScalar s => Scalar(s),
        YSequence q => new JsonArray([.. q.Items.Select(Convert)]),
        YMapping m => new JsonObject(m.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Key.Value, Convert(e.Value)))),
        _ => null,
    };

    private static JsonNode? Scalar(YScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Value);
        }
        if (scalar.IsNull)
        {
            return null;
        }
        return scalar.Value switch
        {
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(scalar.Value) => JsonValue.Create(long.Parse(scalar.Value, CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(scalar.Value) => JsonValue.Create(double.Parse(scalar.Value, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(scalar.Value),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
