using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Lifecycle.Rollover;

/// <summary>
/// Moves a 'wanneer' value one school year on: a date or month one year later (29 February becomes
/// 28 February), "oktober 2025" becomes "oktober 2026" (also "laatste week van september 2025"); month names and periods ("hele jaar") stay.
/// </summary>
public static partial class MomentShift
{
    public static string NextYear(string value)
    {
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var month = YearMonth().Match(text);
        if (month.Success)
        {
            return $"{int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture) + 1}-{month.Groups[2].Value}";
        }
        var named = NamedMonthWithYear().Match(text);
        if (named.Success)
        {
            return $"{named.Groups[1].Value} {int.Parse(named.Groups[2].Value, CultureInfo.InvariantCulture) + 1}";
        }
        return value;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^((?:(?:eerste|laatste)\s+week\s+van\s+)?\p{L}+\.?)\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthWithYear();
}
