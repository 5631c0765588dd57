namespace PlanGen.Lifecycle.Yaml;

/// <summary>
/// A YAML node with the character span it was written in, for editing a file as text: find a value,
/// replace exactly its characters, and leave comments, blank lines and key order alone.
/// </summary>
public abstract class SpanNode(int start, int end)
{
    /// <summary>Index of the node's first character (a scalar's quote, a sequence's first dash).</summary>
    public int Start { get; } = start;

    /// <summary>Index just past the node's last content character (trailing line breaks excluded).</summary>
    public int End { get; internal set; } = end;
}

public sealed class SpanScalar(int start, int end, string value, bool plain, bool block) : SpanNode(start, end)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = plain;

    /// <summary>A literal or folded block scalar (| or &gt;).</summary>
    public bool IsBlock { get; } = block;
}

public sealed class SpanMapping(int start, int end, bool flow) : SpanNode(start, end)
{
    public List<(SpanScalar Key, SpanNode Value)> Entries { get; } = [];

    public bool IsFlow { get; } = flow;

    public SpanNode? Get(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public SpanScalar? KeyOf(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}

public sealed class SpanSequence(int start, int end, bool flow) : SpanNode(start, end)
{
    public List<SpanNode> Items { get; } = [];

    public bool IsFlow { get; } = flow;
}
