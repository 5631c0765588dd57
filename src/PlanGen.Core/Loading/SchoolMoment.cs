using System.Globalization;
using PlanGen.Core.Binding;

namespace PlanGen.Core.Loading;

/// <summary>
/// When an activity happens, as a director writes it: a date (2025-10-15), a month (2025-10, "oktober",
/// "oktober 2025") or a recurring period ("hele jaar", "wekelijks"). Months are placed in the school year.
/// </summary>
public sealed record SchoolMoment(DateOnly? Date, bool WholeMonth, string Display)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] Periods = ["hele jaar", "heel het jaar", "doorlopend", "dagelijks", "wekelijks", "maandelijks", "elk kwartaal", "per periode"];

    /// <summary>Sorts dated moments by date, recurring ones first.</summary>
    public DateOnly SortKey => Date ?? DateOnly.MinValue;

    public static bool TryParse(string text, SchoolYear year, out SchoolMoment moment)
    {
        var value = text.Trim();
        moment = new SchoolMoment(null, false, value);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new SchoolMoment(date, false, date.ToString("d MMMM yyyy", Dutch));
            return true;
        }
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            moment = new SchoolMoment(month, true, month.ToString("MMMM yyyy", Dutch));
            return true;
        }
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 1 or 2 && Vocabularies.Find(Vocabularies.Months, parts[0]) is { } term)
        {
            var monthNumber = Array.IndexOf(MonthIds, term.Id) + 1;
            var calendarYear = monthNumber >= 8 ? year.StartYear : year.StartYear + 1;
            if (parts.Length == 2 && !(int.TryParse(parts[1], out calendarYear) && calendarYear is > 2000 and < 2100))
            {
                return false;
            }
            var first = new DateOnly(calendarYear, monthNumber, 1);
            moment = new SchoolMoment(first, true, first.ToString("MMMM yyyy", Dutch));
            return true;
        }
        return Periods.Contains(value.ToLowerInvariant());
    }

    private static readonly string[] MonthIds = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
}
