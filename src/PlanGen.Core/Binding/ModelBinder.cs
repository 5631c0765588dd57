using System.Globalization;
using System.Reflection;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Binding;

/// <summary>
/// Fills the typed model from a YAML tree, driven by the [Key] attributes. Reports every unknown key,
/// wrong type, missing required field and bad value at its own line and column, and keeps going.
/// </summary>
internal sealed class ModelBinder(DiagnosticBag diagnostics)
{
    public T Bind<T>(YNode node) where T : ModelNode, new() => (T)BindObject(typeof(T), node)!;

    private ModelNode? BindObject(Type type, YNode node)
    {
        var target = (ModelNode)Activator.CreateInstance(type)!;
        target.Location = node.Location;
        var fields = FieldSpec.Of(type);
        switch (node)
        {
            case YScalar text when type.GetCustomAttribute<TextShorthandAttribute>() is { } shorthand && !text.IsNull:
                Assign(target, fields.Single(f => f.Name == shorthand.Key), node);
                return target;
            case YSequence list when type.GetCustomAttribute<ListShorthandAttribute>() is { } shorthand:
                Assign(target, fields.Single(f => f.Name == shorthand.Key), list);
                return target;
            case YMapping map:
                BindFields(target, fields, map);
                return target;
            default:
                WrongType(node, "een blok met velden (naam: waarde)");
                return null;
        }
    }

    private void BindFields(ModelNode target, IReadOnlyList<FieldSpec> fields, YMapping map)
    {
        for (var index = 0; index < map.Entries.Count; index++)
        {
            var (key, value) = map.Entries[index];
            var field = fields.FirstOrDefault(f => f.Name == key.Value);
            if (field is null)
            {
                field = UnknownKey(fields, map, index);
                if (field is null)
                {
                    continue;
                }
            }
            target.FieldLocations[field.Name] = value.Location;
            if (value is YScalar { IsNull: true })
            {
                continue;
            }
            Assign(target, field, value);
        }
        foreach (var field in fields.Where(f => f.Key.Required && !target.FieldLocations.ContainsKey(f.Name) || f.Key.Required && IsEmpty(map.Get(f.Name))))
        {
            diagnostics.Error(map.Location, Codes.RequiredMissing, $"het veld '{field.Name}' ontbreekt", $"vul in: {field.Key.Description}");
        }
    }

    /// <summary>
    /// Reports an unknown key. A misspelling of a field that is not there (<c>rolen:</c>) is read as that
    /// field, so the rules do not report the missing block as well: the misspelling is the one cause.
    /// A key that belongs to the block above (indented too little) says so.
    /// </summary>
    private FieldSpec? UnknownKey(IReadOnlyList<FieldSpec> fields, YMapping map, int index)
    {
        var key = map.Entries[index].Key;
        var suggestion = Suggestions.Closest(key.Value, fields.Select(f => f.Name));
        if (suggestion is not null)
        {
            diagnostics.Error(key.Location, Codes.UnknownKey, $"onbekend veld '{key.Value}'", $"bedoelde je '{suggestion}'?");
            return map.Get(suggestion) is null ? fields.First(f => f.Name == suggestion) : null;
        }
        var above = index > 0 ? fields.FirstOrDefault(f => f.Name == map.Entries[index - 1].Key.Value) : null;
        if (above is not null && map.Entries[index - 1].Value is YMapping && FieldSpec.IsModel(above.Property.PropertyType)
            && FieldSpec.Of(above.Property.PropertyType).Any(f => f.Name == key.Value))
        {
            diagnostics.Error(key.Location, Codes.UnknownKey, $"'{key.Value}' is hier geen veld, maar wel een veld van '{above.Name}' erboven",
                $"spring '{key.Value}:' in, recht onder de andere velden van '{above.Name}:'");
            return null;
        }
        diagnostics.Error(key.Location, Codes.UnknownKey, $"onbekend veld '{key.Value}'", $"toegestaan zijn: {string.Join(", ", fields.Select(f => f.Name))}");
        return null;
    }

    private static bool IsEmpty(YNode? node) => node is YScalar { IsNull: true };

    private void Assign(ModelNode target, FieldSpec field, YNode value)
    {
        var converted = Convert(field.Property.PropertyType, field.Key, value);
        if (converted is not null)
        {
            field.Property.SetValue(target, converted);
        }
    }

    private object? Convert(Type type, KeyAttribute key, YNode node)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return ConvertList(underlying, key, node);
        }
        if (FieldSpec.IsModel(underlying))
        {
            return BindObject(underlying, node);
        }
        if (node is not YScalar scalar)
        {
            WrongType(node, underlying == typeof(string) ? "een tekst" : "één waarde");
            return null;
        }
        return ConvertScalar(underlying, key, scalar);
    }

    private object? ConvertList(Type listType, KeyAttribute key, YNode node)
    {
        var elementType = listType.GetGenericArguments()[0];
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        // A single text where a list of texts is expected is a list of one: "rol: bhv".
        var items = node switch
        {
            YSequence sequence => sequence.Items,
            YScalar when !FieldSpec.IsModel(elementType) || elementType.GetCustomAttribute<TextShorthandAttribute>() is not null => [node],
            _ => null,
        };
        if (items is null)
        {
            WrongType(node, "een lijst (regels die beginnen met '- ')");
            return null;
        }
        foreach (var item in items)
        {
            if (item is YScalar { IsNull: true })
            {
                diagnostics.Error(item.Location, Codes.WrongType, "lege regel in de lijst", "vul de regel in of verwijder het streepje");
                continue;
            }
            var value = Convert(elementType, key, item);
            if (value is not null)
            {
                list.Add(value);
            }
        }
        return list;
    }

    private object? ConvertScalar(Type type, KeyAttribute key, YScalar scalar)
    {
        var text = scalar.Value.Trim();
        if (type == typeof(string))
        {
            return key.Vocabulary is null ? scalar.Value.Trim('\n') : ConvertTerm(key.Vocabulary, scalar);
        }
        if (type == typeof(bool))
        {
            switch (text.ToLowerInvariant())
            {
                case "ja" or "true" or "yes" or "waar": return true;
                case "nee" or "false" or "no" or "onwaar": return false;
            }
            diagnostics.Error(scalar.Location, Codes.WrongType, $"'{text}' is geen ja of nee", "schrijf ja of nee");
            return null;
        }
        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0)
            {
                return number;
            }
            diagnostics.Error(scalar.Location, Codes.WrongType, $"'{text}' is geen geheel getal", "schrijf een getal, bijvoorbeeld 2");
            return null;
        }
        if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            diagnostics.Error(scalar.Location, Codes.BadDate, $"'{text}' is geen geldige datum", "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-15");
            return null;
        }
        throw new InvalidOperationException($"Model type {type} has no YAML conversion.");
    }

    private string? ConvertTerm(string vocabulary, YScalar scalar)
    {
        var term = Vocabularies.Find(vocabulary, scalar.Value);
        if (term is not null)
        {
            return term.Id;
        }
        var terms = Vocabularies.All[vocabulary];
        var suggestion = Suggestions.Closest(scalar.Value, terms.SelectMany(t => t.Synonyms.Prepend(t.Id)));
        var suggested = suggestion is null ? null : Vocabularies.Find(vocabulary, suggestion)!.Id;
        diagnostics.Error(scalar.Location, Codes.BadValue, $"'{scalar.Value}' is geen bekende waarde",
            suggested is null ? $"kies uit: {string.Join(", ", terms.Select(t => t.Id))}" : $"bedoelde je '{suggested}'?");
        return null;
    }

    private void WrongType(YNode node, string expected) =>
        diagnostics.Error(node.Location, Codes.WrongType, $"hier staat een {node.KindName}, maar PlanGen verwacht {expected}",
            "kijk in docs/yaml-format.md hoe dit veld eruitziet");
}
