using System.Collections;
using PlanGen.Core.Binding;
using PlanGen.Core.Model;

namespace PlanGen.Core.Editions;

/// <summary>
/// A deep copy of a model tree through its <see cref="KeyAttribute"/> fields (the same fields the
/// binder fills and the templates see), passing every text through <paramref name="text"/> and
/// every copied node through <paramref name="node"/>. The original is never changed.
/// </summary>
internal static class ModelCopy
{
    public static T Copy<T>(T source, Func<string, string> text, Action<ModelNode> node)
        where T : ModelNode => (T)CopyNode(source, (value, _) => text(value), node);

    /// <summary>As <see cref="Copy{T}(T, Func{string, string}, Action{ModelNode})"/>, with the field each text belongs to (a list's field for its items).</summary>
    public static T Copy<T>(T source, Func<string, KeyAttribute, string> text)
        where T : ModelNode => (T)CopyNode(source, text, _ => { });

    private static ModelNode CopyNode(ModelNode source, Func<string, KeyAttribute, string> text, Action<ModelNode> node)
    {
        var copy = (ModelNode)Activator.CreateInstance(source.GetType())!;
        copy.Location = source.Location;
        foreach (var (key, location) in source.FieldLocations)
        {
            copy.FieldLocations[key] = location;
        }
        foreach (var field in FieldSpec.Of(source.GetType()))
        {
            if (field.Property.CanWrite)
            {
                field.Property.SetValue(copy, CopyValue(field.Property.GetValue(source), field.Key, text, node));
            }
        }
        node(copy);
        return copy;
    }

    private static object? CopyValue(object? value, KeyAttribute key, Func<string, KeyAttribute, string> text, Action<ModelNode> node) => value switch
    {
        null => null,
        string s => text(s, key),
        ModelNode child => CopyNode(child, text, node),
        IList list when value.GetType().IsGenericType => CopyList(list, key, text, node),
        _ => value,
    };

    private static IList CopyList(IList source, KeyAttribute key, Func<string, KeyAttribute, string> text, Action<ModelNode> node)
    {
        var copy = (IList)Activator.CreateInstance(source.GetType())!;
        foreach (var item in source)
        {
            copy.Add(CopyValue(item, key, text, node));
        }
        return copy;
    }
}
