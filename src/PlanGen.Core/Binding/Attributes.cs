namespace PlanGen.Core.Binding;

/// <summary>The Dutch YAML key of a model property; only properties with a key are read, shown to templates and put in the schema.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeyAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    /// <summary>Dutch description for the JSON Schema and docs.</summary>
    public string Description { get; } = description;

    public bool Required { get; init; }

    /// <summary>Values must come from this vocabulary (see <see cref="Vocabularies"/>); synonyms are normalised.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>Example value for the schema.</summary>
    public string? Example { get; init; }

    /// <summary>The text is Markdown.</summary>
    public bool Markdown { get; init; }
}

/// <summary>A plain text may stand for the whole object: it fills this key (e.g. a step written as one line).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TextShorthandAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>A list may stand for the whole object: it fills this key (e.g. a card block written as bullet points).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ListShorthandAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
