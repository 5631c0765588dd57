using System.Globalization;
using PlanGen.Core.Building;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;
using PlanGen.Core.Status;

namespace PlanGen.Site.Model;

/// <summary>
/// The dates on the site, never from the clock or file times: the last change is SOURCE_DATE_EPOCH when
/// set (CI can set it to the last commit), else the latest date of that school year in the data: one of
/// its adoptions, or a finished activity with a full date inside the year; else 1 August of the year.
/// </summary>
public static class SiteDates
{
    public static DateOnly LastChange(PlanStatus status, YearPlan plan, SchoolYear year)
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out _))
        {
            return DateOnly.FromDateTime(DocumentRenderer.Timestamp(year).UtcDateTime);
        }
        var finished = plan.Activiteiten
            .Where(a => a.Status == "afgerond")
            .Select(a => DateOnly.TryParseExact(a.Wanneer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>()
            .Where(year.Contains);
        var dates = status.Adoptions.Select(a => a.Datum).Concat(finished).ToList();
        return dates.Count == 0 ? year.FirstDay : dates.Max();
    }
}
