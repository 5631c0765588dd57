namespace PlanGen.Lifecycle.Calendar;

/// <summary>
/// The days the whole country knows a school is closed: weekends, the national public holidays
/// (Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag in a lustrum year, Hemelvaart,
/// Pinksteren) and the days every kerstvakantie holds (25 December to 1 January). Regional holidays
/// (herfst, voorjaar, zomer per regio) and the rest of the kerstvakantie differ per year and region and
/// are not guessed.
/// </summary>
public static class SchoolDays
{
    /// <summary>Why no school is held on this date ("zaterdag", "Hemelvaartsdag", "de kerstvakantie"), or null.</summary>
    public static string? Closed(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday)
        {
            return "een zaterdag";
        }
        if (date.DayOfWeek is DayOfWeek.Sunday)
        {
            return "een zondag";
        }
        if (Holiday(date) is { } holiday)
        {
            return holiday;
        }
        return InChristmasHoliday(date) ? "de kerstvakantie" : null;
    }

    /// <summary>The first school day on or after <paramref name="date"/>.</summary>
    public static DateOnly FirstOpenFrom(DateOnly date)
    {
        var day = date;
        while (Closed(day) is not null)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static string? Holiday(DateOnly date)
    {
        var easter = Easter(date.Year);
        var kingsDay = new DateOnly(date.Year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }
        return date switch
        {
            _ when date == easter.AddDays(-2) => "Goede Vrijdag",
            _ when date == easter.AddDays(1) => "Tweede Paasdag",
            _ when date == kingsDay => "Koningsdag",
            _ when date == new DateOnly(date.Year, 5, 5) && date.Year % 5 == 0 => "Bevrijdingsdag",
            _ when date == easter.AddDays(39) => "Hemelvaartsdag",
            _ when date == easter.AddDays(50) => "Tweede Pinksterdag",
            _ => null,
        };
    }

    /// <summary>25 December to 1 January: inside every school's kerstvakantie.</summary>
    private static bool InChristmasHoliday(DateOnly date) =>
        (date.Month == 12 && date.Day >= 25) || (date.Month == 1 && date.Day == 1);

    /// <summary>Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
