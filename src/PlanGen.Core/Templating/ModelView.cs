using System.Collections.Concurrent;
using PlanGen.Core.Binding;
using PlanGen.Core.Editions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Templating;

/// <summary>
/// The model as a template reads it, value by value, without copying it: every text escaped for
/// Markdown by its field's kind (<see cref="MarkdownEscape.Markdown"/> for free Markdown fields,
/// <see cref="MarkdownEscape.Text"/> for all others), so whatever a template places with <c>{{ }}</c>
/// can never close a block, add a heading or a link. In the public edition a contact's private
/// e-mail and phone read as empty (<see cref="ContactPrivacy"/>) and a free text loses its
/// <c>::: intern</c> blocks (<see cref="InternBlocks"/>), because a template may put a text inline
/// or in a table cell where a container cannot stand.
/// </summary>
public sealed class ModelView(Edition edition, string? schoolPhone)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, FieldSpec>> Fields = new();

    public Edition Edition => edition;

    /// <summary>The value of the field named <paramref name="key"/> (its YAML key) of <paramref name="node"/>.</summary>
    public object? Read(ModelNode node, string key) =>
        FieldsOf(node.GetType()).TryGetValue(key, out var field) ? Read(node, field, field.Property.GetValue(node)) : null;

    /// <summary><paramref name="value"/> (derived from the field named <paramref name="key"/>) viewed by that field's rules.</summary>
    public object? Read(ModelNode node, string key, object? value) =>
        FieldsOf(node.GetType()).TryGetValue(key, out var field) ? Read(node, field, value) : value;

    /// <summary>
    /// <paramref name="value"/>, read from <paramref name="field"/> of <paramref name="node"/>, as the
    /// template sees it. A list of texts becomes a new list of viewed texts; nodes stay themselves
    /// (their own fields are viewed when the template reads them).
    /// </summary>
    public object? Read(ModelNode node, FieldSpec field, object? value)
    {
        if (edition == Edition.Openbaar)
        {
            value = ContactPrivacy.Public(node, field.Property, value, schoolPhone);
        }

        return value switch
        {
            string text => Text(text, field.Key),
            List<string> texts => texts.Select(t => Text(t, field.Key)).ToList(),
            _ => value,
        };
    }

    /// <summary>The field a template member name stands for, or null for a name that is no field.</summary>
    public static FieldSpec? Field(Type type, string key) => FieldsOf(type).GetValueOrDefault(key);

    private string Text(string text, KeyAttribute key)
    {
        text = InternBlocks.Apply(text, edition);
        return key.Markdown ? MarkdownEscape.Markdown(text) : MarkdownEscape.Text(text);
    }

    private static IReadOnlyDictionary<string, FieldSpec> FieldsOf(Type type) =>
        Fields.GetOrAdd(type, t => FieldSpec.Of(t).ToDictionary(f => f.Name, StringComparer.Ordinal));
}
