using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Binding;

namespace PlanGen.Core.Loading;

/// <summary>
/// When an activity happens, as a director writes it: a date (2025-10-15), a month (2025-10, "oktober",
/// "oktober 2025"), a week ("eerste week van oktober", "laatste week van september": Monday to Friday of
/// the week that starts on that month's first or last Monday) or a recurring period ("hele jaar",
/// "wekelijks", "eerste schoolweek", "3 keer per jaar"). Months and weeks are placed in the school year.
/// <see cref="LastDate"/> is set for a week.
/// </summary>
public sealed partial record SchoolMoment(DateOnly? Date, bool WholeMonth, string Display)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Recurring periods without a date, as written (lower case); also listed in messages and docs.</summary>
    public static readonly IReadOnlyList<string> Periods =
        ["hele jaar", "heel het jaar", "doorlopend", "dagelijks", "wekelijks", "maandelijks", "elk kwartaal", "per periode", "eerste schoolweek", "laatste schoolweek"];

    /// <summary>Every form a 'wanneer' may take, for error messages and docs/yaml-format.md.</summary>
    public const string AcceptedForms =
        "een datum (2025-10-15), een maand (2025-10, oktober of oktober 2025), een week (eerste week van oktober, laatste week van september), " +
        "'n keer per jaar' (3 keer per jaar) of een periode: hele jaar, heel het jaar, doorlopend, dagelijks, wekelijks, maandelijks, elk kwartaal, per periode, eerste schoolweek, laatste schoolweek";

    /// <summary>The last day of a week moment (Friday), else null.</summary>
    public DateOnly? LastDate { get; init; }

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
        if (Week().Match(value) is { Success: true } week)
        {
            return TryWeek(week.Groups[1].Value.ToLowerInvariant(), week.Groups[2].Value, year, out moment);
        }
        if (MonthIn(value, year) is { } first)
        {
            moment = new SchoolMoment(first, true, first.ToString("MMMM yyyy", Dutch));
            return true;
        }
        if (TimesPerYear().Match(value) is { Success: true } times && int.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture) > 0)
        {
            moment = new SchoolMoment(null, false, $"{times.Groups[1].Value} keer per jaar");
            return true;
        }
        return Periods.Contains(value.ToLowerInvariant());
    }

    /// <summary>"oktober" or "oktober 2025" as the first day of that month in the school year; null when it is no month.</summary>
    private static DateOnly? MonthIn(string value, SchoolYear year)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (1 or 2) || Vocabularies.Find(Vocabularies.Months, parts[0]) is not { } term)
        {
            return null;
        }
        var monthNumber = Array.IndexOf(MonthIds, term.Id) + 1;
        var calendarYear = monthNumber >= 8 ? year.StartYear : year.StartYear + 1;
        if (parts.Length == 2 && !(int.TryParse(parts[1], out calendarYear) && calendarYear is > 2000 and < 2100))
        {
            return null;
        }
        return new DateOnly(calendarYear, monthNumber, 1);
    }

    /// <summary>The week that starts on the month's first (or last) Monday, Monday to Friday.</summary>
    private static bool TryWeek(string which, string monthText, SchoolYear year, out SchoolMoment moment)
    {
        moment = new SchoolMoment(null, false, monthText);
        if (MonthIn(monthText, year) is not { } first)
        {
            return false;
        }
        var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
        if (which == "laatste")
        {
            while (monday.AddDays(7).Month == first.Month)
            {
                monday = monday.AddDays(7);
            }
        }
        moment = new SchoolMoment(monday, false, $"{which} week van {first.ToString("MMMM", Dutch)} ({monday.ToString("d MMMM", Dutch)} tot en met {monday.AddDays(4).ToString("d MMMM yyyy", Dutch)})")
        {
            LastDate = monday.AddDays(4),
        };
        return true;
    }

    private static readonly string[] MonthIds = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    [GeneratedRegex(@"^(eerste|laatste)\s+week\s+van\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex(@"^(\d{1,2})\s*(?:keer|x)\s+per\s+(?:school)?jaar$", RegexOptions.IgnoreCase)]
    private static partial Regex TimesPerYear();
}
