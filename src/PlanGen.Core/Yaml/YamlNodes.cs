using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Our own small YAML tree. Unlike YamlDotNet's representation model it keeps duplicate keys out,
/// lets us bound aliases and depth, and remembers where every node came from.
/// </summary>
public abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Index of the node's first character in the file's text (BOM excluded): a scalar's quote, a collection's first dash or bracket.</summary>
    public int Start { get; init; }

    /// <summary>Index just past the node's last content character (trailing line breaks excluded), for text edits.</summary>
    public int End { get; init; }

    /// <summary>Written as an alias (*anker): the content is the anchored node's, <see cref="Start"/> and <see cref="End"/> are the alias's.</summary>
    public bool IsAlias { get; init; }

    /// <summary>Dutch name of the node kind, for messages ("tekst", "lijst", "blok met velden").</summary>
    public abstract string KindName { get; }
}

public sealed class YScalar(SourceLocation location, string value, bool plain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>True when written without quotes; only plain scalars can mean null, numbers or booleans.</summary>
    public bool IsPlain { get; } = plain;

    /// <summary>A literal or folded block scalar (| or &gt;).</summary>
    public bool IsBlock { get; init; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "tekst";
}

public sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? Get(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public YScalar? KeyOf(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    /// <summary>Written in flow style: { naam: waarde, ... }.</summary>
    public bool IsFlow { get; init; }

    public override string KindName => "blok met velden";
}

public sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    /// <summary>Written in flow style: [a, b].</summary>
    public bool IsFlow { get; init; }

    public override string KindName => "lijst";
}

/// <summary>A YAML file's text as read (BOM removed) and whether it began with a BOM, so an edit can keep it.</summary>
public sealed record YamlSource(string Text, bool HasBom);
