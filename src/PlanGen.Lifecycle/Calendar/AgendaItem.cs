namespace PlanGen.Lifecycle.Calendar;

/// <summary>
/// One all-day calendar entry; <see cref="LastDay"/> is inclusive. A cancelled entry (status vervallen or
/// uitgesteld) stays in the file as STATUS:CANCELLED, so a calendar that imported it before removes it.
/// </summary>
public sealed record AgendaItem(string Key, string Category, string Summary, string? Description, DateOnly FirstDay, DateOnly LastDay)
{
    public bool Cancelled { get; init; }
}
