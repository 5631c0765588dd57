using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Model;

/// <summary>Every model object remembers where it was written, and where each of its fields was.</summary>
public abstract class ModelNode
{
    public SourceLocation Location { get; set; }

    public Dictionary<string, SourceLocation> FieldLocations { get; } = [];

    /// <summary>Location of a field's value, or of the object when the field was not written.</summary>
    public SourceLocation LocationOf(string key) => FieldLocations.TryGetValue(key, out var at) ? at : Location;
}
