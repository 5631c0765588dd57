namespace PlanGen.Lifecycle.Rollover;

/// <summary>The new year plan's text and what happened to the activities, for the report to the director.</summary>
public sealed record RolloverResult(string Text, IReadOnlyList<string> Recurring, IReadOnlyList<string> CarriedOver, IReadOnlyList<string> Dropped)
{
    /// <summary>
    /// Dutch warnings for moved dates on a day without school, e.g. "Week tegen Pesten: 2027-05-29 valt op een
    /// zaterdag (was 2026-05-29)"; see <see cref="Calendar.SchoolDays"/>.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
