using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGen.Core.Binding;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Schema;

/// <summary>
/// JSON Schema (draft 2020-12) of the YAML files, generated from the same [Key] attributes the loader
/// uses, so editor and loader agree. Dutch titles and descriptions; empty values are allowed everywhere
/// because the loader treats them as "not filled in".
/// </summary>
public static class JsonSchemaGenerator
{
    public static string Generate(Type root, string title)
    {
        var definitions = new JsonObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://plangen.example/schema/{title}.schema.json",
            ["title"] = $"PlanGen: {title}.yaml",
        };
        foreach (var (key, value) in ObjectSchema(root, definitions, forBoard: title == "bestuur"))
        {
            schema[key] = value?.DeepClone();
        }
        schema["$defs"] = definitions;
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject ObjectSchema(Type type, JsonObject definitions, bool forBoard = false)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in FieldSpec.Of(type))
        {
            var property = ValueSchema(field.Property.PropertyType, field.Key, definitions);
            property["title"] = field.Name;
            property["description"] = field.Key.Description;
            if (field.Key.Example is { } example)
            {
                property["examples"] = new JsonArray(example);
            }
            properties[field.Name] = property;
            if (field.Key.Required && !forBoard)
            {
                required.Add(field.Name);
            }
        }
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }
        return schema;
    }

    private static JsonObject ValueSchema(Type type, KeyAttribute key, JsonObject definitions)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var item = ValueSchema(element, key, definitions);
            var items = FieldSpec.IsModel(element)
                ? new JsonObject { ["anyOf"] = new JsonArray(item, new JsonObject { ["const"] = DefaultsMerger.BoardItemsMarker }) }
                : item;
            var array = new JsonObject { ["type"] = "array", ["items"] = items };
            // A single text stands for a list of one.
            return FieldSpec.IsModel(element) ? OrNull(array) : new JsonObject { ["anyOf"] = new JsonArray(array, item.DeepClone(), new JsonObject { ["type"] = "null" }) };
        }
        if (FieldSpec.IsModel(underlying))
        {
            var name = underlying.Name;
            if (!definitions.ContainsKey(name))
            {
                definitions[name] = new JsonObject();
                definitions[name] = ObjectSchema(underlying, definitions);
            }
            var reference = new JsonObject { ["$ref"] = $"#/$defs/{name}" };
            var options = new JsonArray(reference, new JsonObject { ["type"] = "null" });
            if (underlying.GetCustomAttribute<TextShorthandAttribute>() is not null)
            {
                options.Add(new JsonObject { ["type"] = "string" });
            }
            if (underlying.GetCustomAttribute<ListShorthandAttribute>() is not null)
            {
                options.Add(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } });
            }
            return new JsonObject { ["anyOf"] = options };
        }
        if (key.Vocabulary is { } vocabulary)
        {
            var values = new JsonArray();
            foreach (var value in Vocabularies.All[vocabulary].SelectMany(Vocabularies.Spellings).Distinct())
            {
                values.Add(value);
            }
            return new JsonObject { ["enum"] = values };
        }
        return underlying switch
        {
            // YAML 1.2 editors read ja/nee as text; the loader accepts both forms.
            _ when underlying == typeof(bool) => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["enum"] = new JsonArray("ja", "nee", "Ja", "Nee") }, new JsonObject { ["type"] = "null" }) },
            _ when underlying == typeof(int) => OrNull(new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
            _ when underlying == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
            _ => new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null") },
        };
    }

    private static JsonObject OrNull(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    public static IReadOnlyDictionary<string, Type> Files { get; } = new Dictionary<string, Type>
    {
        ["school"] = typeof(SchoolData),
        ["bestuur"] = typeof(SchoolData),
        ["jaarplan"] = typeof(YearPlan),
    };
}
