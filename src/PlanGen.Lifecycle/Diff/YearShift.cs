using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// For comparing two school years: the older text's years move on by the distance between the years
/// ("oktober 2025" in 2025-2026 reads as "oktober 2026" against 2026-2027), so a rolled-over activity
/// counts as unchanged and only real changes are listed.
/// </summary>
public static partial class YearShift
{
    public static Func<string, string> Between(int olderStart, int newerStart)
    {
        var distance = newerStart - olderStart;
        if (distance == 0)
        {
            return s => s;
        }
        return text => Year().Replace(text, m =>
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            return year == olderStart || year == olderStart + 1 ? (year + distance).ToString(CultureInfo.InvariantCulture) : m.Value;
        });
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();
}
