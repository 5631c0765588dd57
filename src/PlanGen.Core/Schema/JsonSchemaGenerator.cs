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
/// uses, so editor and loader agree. Dutch descriptions and error messages (errorMessage and
/// patternErrorMessage, which yaml-language-server shows instead of its English); empty values are
/// allowed everywhere because the loader treats them as "not filled in". Controlled vocabularies
/// complete to their canonical ids (with a description) and accept every spelling the loader accepts.
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
            // No title: the editor's hover would show the key twice ("rollen || rollen").
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
        var names = string.Join(", ", FieldSpec.Of(type).Select(f => f.Key.Required && !forBoard ? f.Name + " (verplicht)" : f.Name));
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
            // Shown for an unknown or missing field and for a wrong form; the loader says which exactly.
            ["errorMessage"] = $"hier hoort een blok met de velden: {names}; controleer schrijfwijze en inspringing (plangen validate zegt precies wat er mis is)",
        };
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
            // For a list of vocabulary words the likely mistake is the word, not the form.
            var message = key.Vocabulary is { } words ? VocabularySchema.Message(words) : ListMessage;
            var array = new JsonObject { ["type"] = "array", ["items"] = items, ["errorMessage"] = message };
            // A single text stands for a list of one.
            return FieldSpec.IsModel(element) ? OrNull(array) : new JsonObject { ["anyOf"] = new JsonArray(array, item.DeepClone(), Null()) };
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
            var options = new JsonArray(reference, Null());
            if (underlying.GetCustomAttribute<TextShorthandAttribute>() is not null)
            {
                options.Add(new JsonObject { ["type"] = "string", ["errorMessage"] = TextMessage });
            }
            if (underlying.GetCustomAttribute<ListShorthandAttribute>() is not null)
            {
                options.Add(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["errorMessage"] = TextMessage }, ["errorMessage"] = ListMessage });
            }
            return new JsonObject { ["anyOf"] = options };
        }
        if (key.Vocabulary is { } vocabulary)
        {
            return VocabularySchema.For(vocabulary);
        }
        return underlying switch
        {
            // YAML 1.2 editors read ja/nee as text; the loader accepts both forms, in any case.
            _ when underlying == typeof(bool) => new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "boolean", ["errorMessage"] = BoolMessage },
                    new JsonObject { ["enum"] = new JsonArray("ja", "nee"), ["enumDescriptions"] = new JsonArray("ja (waar)", "nee (niet waar)"), ["errorMessage"] = BoolMessage },
                    new JsonObject { ["type"] = "string", ["pattern"] = VocabularySchema.Pattern(BoolWords), ["patternErrorMessage"] = BoolMessage, ["errorMessage"] = BoolMessage },
                    Null()),
            },
            _ when underlying == typeof(int) => OrNull(new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["errorMessage"] = "schrijf een geheel getal, bijvoorbeeld 2" }),
            _ when underlying == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$", ["patternErrorMessage"] = DateMessage, ["errorMessage"] = DateMessage },
            _ => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("string", "number", "boolean"), ["errorMessage"] = TextMessage }, Null()) },
        };
    }

    private const string ListMessage = "hier hoort een lijst: regels die beginnen met '- '";
    private const string TextMessage = "hier hoort een tekst";
    private const string BoolMessage = "schrijf ja of nee";
    private const string DateMessage = "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15";

    /// <summary>Every word the loader reads as yes or no (ModelBinder), in any case.</summary>
    private static readonly string[] BoolWords = ["ja", "nee", "true", "false", "yes", "no", "waar", "onwaar"];

    /// <summary>An empty value ("not filled in"); written as "not anything else" so the editor does not offer "null" as a value.</summary>
    private static JsonObject Null() => new() { ["not"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "array", "object") } };

    private static JsonObject OrNull(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, Null()) };

    public static IReadOnlyDictionary<string, Type> Files { get; } = new Dictionary<string, Type>
    {
        ["school"] = typeof(SchoolData),
        ["bestuur"] = typeof(SchoolData),
        ["jaarplan"] = typeof(YearPlan),
    };
}
