using PlanGen.Core.Yaml;

namespace PlanGen.Lifecycle.Yaml;

/// <summary>Do two YAML trees hold the same data (keys in order, values, kinds), wherever and however they were written?</summary>
public static class YamlEquality
{
    public static bool Same(YNode? a, YNode? b) => (a, b) switch
    {
        (null, null) => true,
        (YScalar x, YScalar y) => x.Value == y.Value && (x.IsNull == y.IsNull),
        (YSequence x, YSequence y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (YMapping x, YMapping y) => x.Entries.Count == y.Entries.Count
            && x.Entries.Zip(y.Entries).All(p => p.First.Key.Value == p.Second.Key.Value && Same(p.First.Value, p.Second.Value)),
        _ => false,
    };
}
