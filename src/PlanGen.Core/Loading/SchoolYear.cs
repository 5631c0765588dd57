using System.Text.RegularExpressions;

namespace PlanGen.Core.Loading;

/// <summary>A Dutch school year "2025-2026": 1 August to 31 July.</summary>
public readonly partial record struct SchoolYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 8, 1);

    public DateOnly LastDay => new(StartYear + 1, 7, 31);

    /// <summary>
    /// Monday of the first school week ("eerste schoolweek"): the week of the last Monday of August. The
    /// summer holiday ends per region (noord, midden, zuid) one week apart, between mid-August and early
    /// September, and the data names no region or start date. The week of the last Monday of August lies in
    /// that span every year, and like "laatste week van september" it is one fixed rule (docs/yaml-format.md).
    /// </summary>
    public DateOnly FirstSchoolWeek
    {
        get
        {
            var monday = new DateOnly(StartYear, 8, 31);
            while (monday.DayOfWeek != DayOfWeek.Monday)
            {
                monday = monday.AddDays(-1);
            }
            return monday;
        }
    }

    public override string ToString() => $"{StartYear}-{StartYear + 1}";

    public static bool TryParse(string text, out SchoolYear year)
    {
        year = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var first = int.Parse(match.Groups[1].Value);
        var second = int.Parse(match.Groups[2].Value);
        if (second != first + 1 || first < 2000 || first > 2100)
        {
            return false;
        }
        year = new SchoolYear(first);
        return true;
    }

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex Pattern();
}
