namespace PlanGen.Lifecycle.Rollover;

/// <summary>The new year plan's text and what happened to the activities, for the report to the director.</summary>
public sealed record RolloverResult(string Text, IReadOnlyList<string> Recurring, IReadOnlyList<string> CarriedOver, IReadOnlyList<string> Dropped);
