using System.Collections.Concurrent;
using System.Reflection;
using PlanGen.Core.Model;

namespace PlanGen.Core.Binding;

/// <summary>One YAML field of a model type: its key, property and rules, read once from the attributes.</summary>
public sealed record FieldSpec(KeyAttribute Key, PropertyInfo Property)
{
    public string Name => Key.Name;

    /// <summary>Element type for lists, else null.</summary>
    public Type? ElementType => Property.PropertyType.IsGenericType && Property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
        ? Property.PropertyType.GetGenericArguments()[0]
        : null;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<FieldSpec>> Cache = new();

    public static IReadOnlyList<FieldSpec> Of(Type type) => Cache.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (p, key: p.GetCustomAttribute<KeyAttribute>()))
        .Where(x => x.key is not null)
        .Select(x => new FieldSpec(x.key!, x.p))
        .ToList());

    public static bool IsModel(Type type) => typeof(ModelNode).IsAssignableFrom(type);
}
