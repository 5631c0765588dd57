namespace PlanGen.Lifecycle.Calendar;

/// <summary>One all-day calendar entry; <see cref="LastDay"/> is inclusive (a whole month for a month).</summary>
public sealed record AgendaItem(string Key, string Category, string Summary, string? Description, DateOnly FirstDay, DateOnly LastDay);
