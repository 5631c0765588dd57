namespace PlanGen.Core.Yaml;

/// <summary>Bounds that keep hostile or broken files from hanging or exhausting the machine (docs/yaml-format.md).</summary>
public sealed record YamlLimits
{
    /// <summary>A school file is a few kilobytes; a megabyte is far beyond any real plan.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    public int MaxDepth { get; init; } = 64;

    /// <summary>Total nodes after expanding aliases (stops "billion laughs").</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Items in one list: a plan has tens of activities, never thousands.</summary>
    public int MaxListItems { get; init; } = 1000;

    public static YamlLimits Default { get; } = new();
}
