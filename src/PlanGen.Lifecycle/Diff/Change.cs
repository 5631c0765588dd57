namespace PlanGen.Lifecycle.Diff;

public enum ChangeKind
{
    Same,
    Added,
    Removed,
    Changed,
}

/// <summary>One step through a section: an item kept, added, removed or changed (old and new).</summary>
public sealed record Change(ChangeKind Kind, DocItem? Old, DocItem? New);

/// <summary>A section in both versions (or one of them) with its steps in reading order.</summary>
public sealed record SectionChange(string Heading, ChangeKind Kind, IReadOnlyList<Change> Steps)
{
    public bool HasChanges => Kind != ChangeKind.Same || Steps.Any(s => s.Kind != ChangeKind.Same);
}
