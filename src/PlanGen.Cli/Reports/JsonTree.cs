using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanGen.Cli.Reports;

/// <summary>
/// The json and sarif reports are written as anonymous objects and dictionaries. System.Text.Json's
/// reflection serialiser needs generic code made at run time for them, which the Native AOT tool does not
/// have; this reads them into a JsonNode tree instead (properties in declaration order, nulls kept), which
/// writes the same text as JsonSerializer.Serialize with the same options.
/// </summary>
public static class JsonTree
{
    public static string Serialize(object? value, JsonSerializerOptions options) =>
        From(value)?.ToJsonString(options) ?? "null";

    private static JsonNode? From(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        IDictionary dictionary => Object(dictionary),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(From)]),
        _ when value.GetType().Name.Contains("AnonymousType", StringComparison.Ordinal) => Object(value),
        _ => throw new NotSupportedException($"JsonTree: {value.GetType()} is not a report value"),
    };

    private static JsonObject Object(IDictionary dictionary)
    {
        var result = new JsonObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            result[(string)entry.Key] = From(entry.Value);
        }
        return result;
    }

    private static JsonObject Object(object anonymous)
    {
        var result = new JsonObject();
        foreach (var property in anonymous.GetType().GetProperties())
        {
            result[property.Name] = From(property.GetValue(anonymous));
        }
        return result;
    }
}
