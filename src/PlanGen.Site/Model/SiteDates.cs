using System.Globalization;
using PlanGen.Core.Building;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Site.Model;

/// <summary>
/// The dates on the site, never from the clock or file times: "vastgesteld op" is the latest
/// adoption in the data; the last change is SOURCE_DATE_EPOCH when set (CI can set it to the last
/// commit), else the latest date in the data: an adoption, or a finished activity with a full date
/// inside the school year; else 1 August of the school year.
/// </summary>
public static class SiteDates
{
    public static Adoption? LatestAdoption(SchoolData data) => data.Vaststelling.OrderBy(a => a.Datum).LastOrDefault();

    public static DateOnly LastChange(SchoolData data, YearPlan plan, SchoolYear year)
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
        var dates = data.Vaststelling.Select(a => a.Datum).Concat(finished).ToList();
        return dates.Count == 0 ? year.FirstDay : dates.Max();
    }
}
