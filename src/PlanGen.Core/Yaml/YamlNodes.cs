using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Our own small YAML tree. Unlike YamlDotNet's representation model it keeps duplicate keys out,
/// lets us bound aliases and depth, and remembers where every node came from.
/// </summary>
public abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Dutch name of the node kind, for messages ("tekst", "lijst", "blok met velden").</summary>
    public abstract string KindName { get; }
}

public sealed class YScalar(SourceLocation location, string value, bool plain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>True when written without quotes; only plain scalars can mean null, numbers or booleans.</summary>
    public bool IsPlain { get; } = plain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "tekst";
}

public sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? Get(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public override string KindName => "blok met velden";
}

public sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "lijst";
}
