using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Lifecycle.Calendar;

/// <summary>
/// What goes in a school's calendar for one year: the monitoring moments (instrumenten with maanden, and
/// activities with instrument:, one entry per instrument and month), the activities with a date or month,
/// and the evaluation moments among them. Periods such as "hele jaar" have no date and are left out;
/// "eerste schoolweek" is Monday to Friday of <see cref="SchoolYear.FirstSchoolWeek"/>.
/// A month ("november", "2025-11") is one day, the first school day of that month (see
/// <see cref="SchoolDays"/>), with "in de loop van november 2025" in the description: a 30-day block
/// would fill the whole month in every calendar. A week ("laatste week van september") is a block from
/// Monday to Friday. An instrument taken once in several years ("eens per twee jaar", vanaf: 2025-2026)
/// is only in the calendars of the years it is taken. Vervallen and uitgesteld activities are cancelled entries.
/// </summary>
public static class AgendaItems
{
    public const string Monitoring = "Monitoring";
    public const string Activity = "Activiteit";
    public const string Evaluation = "Evaluatie";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private const string FirstSchoolWeek = "eerste schoolweek";

    public static IReadOnlyList<AgendaItem> For(SchoolData data, YearPlan plan, SchoolYear year)
    {
        var items = new List<AgendaItem>();
        var monitored = new HashSet<(string Instrument, DateOnly Month)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var activity in plan.Activiteiten)
        {
            if (!SchoolMoment.TryParse(activity.Wanneer, year, out var moment))
            {
                continue;
            }
            var firstWeek = moment.Date is null && moment.Display.Equals(FirstSchoolWeek, StringComparison.OrdinalIgnoreCase);
            if ((firstWeek ? year.FirstSchoolWeek : moment.Date) is not { } first)
            {
                continue;
            }
            var day = moment.WholeMonth ? SchoolDays.FirstOpenFrom(first) : first;
            var last = firstWeek ? first.AddDays(4) : moment.LastDate ?? day;
            var cancelled = activity.Status is "vervallen" or "uitgesteld";
            var occurrence = seen[activity.Wat] = seen.GetValueOrDefault(activity.Wat) + 1;
            var key = $"activiteit|{activity.Wat}|{occurrence}";
            if (activity.Instrument is { Length: > 0 } name)
            {
                monitored.Add((name, new DateOnly(first.Year, first.Month, 1)));
                var instrument = data.Instrumenten.FirstOrDefault(i => i.Naam == name);
                items.Add(new AgendaItem(key, Monitoring, activity.Wat, Describe(activity, instrument, moment.WholeMonth ? first : null, firstWeek), day, last) { Cancelled = cancelled });
                continue;
            }
            var category = activity.Wat.Contains("evaluatie", StringComparison.OrdinalIgnoreCase) ? Evaluation : Activity;
            items.Add(new AgendaItem(key, category, activity.Wat, Describe(activity, null, moment.WholeMonth ? first : null, firstWeek), day, last) { Cancelled = cancelled });
        }
        foreach (var instrument in data.Instrumenten.Where(i => TakenIn(i, year)))
        {
            foreach (var month in instrument.Maanden)
            {
                if (MonthOf(month, year) is not { } first || !monitored.Add((instrument.Naam, first)))
                {
                    continue;
                }
                var summary = $"Afname {instrument.Naam}" + (instrument.Groepen is { } groups ? $" (groepen {groups})" : "");
                var day = SchoolDays.FirstOpenFrom(first);
                items.Add(new AgendaItem($"instrument|{instrument.Naam}|{first:yyyy-MM}", Monitoring, summary, Describe(instrument, first), day, day));
            }
        }
        return items.OrderBy(i => i.FirstDay).ThenBy(i => i.Summary, StringComparer.Ordinal).ToList();
    }

    /// <summary>False for a school year between two takings of an instrument taken once in several years.</summary>
    private static bool TakenIn(Instrument instrument, SchoolYear year) =>
        SchoolFrequency.Parse(instrument.Frequentie) is not { } frequency
        || frequency.TakenIn(year, SchoolYear.TryParse(instrument.Vanaf ?? "", out var from) ? from : null);

    private static DateOnly? MonthOf(string month, SchoolYear year) =>
        SchoolMoment.TryParse(month, year, out var moment) && moment.Date is { } date ? new DateOnly(date.Year, date.Month, 1) : null;

    private static string Describe(Instrument instrument, DateOnly month)
    {
        var lines = new List<string> { $"Monitoringsmoment in de loop van {month.ToString("MMMM yyyy", Dutch)}." };
        if (instrument.Invullers.Count > 0)
        {
            lines.Add("Ingevuld door: " + string.Join(", ", instrument.Invullers.Select(Vocabularies.Label)) + ".");
        }
        if (instrument.Groepen is { } groups)
        {
            lines.Add($"Groepen: {groups}.");
        }
        if (SchoolFrequency.Parse(instrument.Frequentie) is { } frequency)
        {
            lines.Add($"Hoe vaak: {frequency.Display}.");
        }
        if (instrument.Aanbieder is { } provider)
        {
            lines.Add($"Aanbieder: {provider}.");
        }
        return string.Join("\n", lines);
    }

    private static string? Describe(Activity activity, Instrument? instrument, DateOnly? month, bool firstWeek)
    {
        var lines = new List<string>();
        if (firstWeek)
        {
            lines.Add("In de eerste schoolweek; die verschilt per regio: PlanGen neemt de week van de laatste maandag van augustus.");
        }
        if (activity.Status is "vervallen" or "uitgesteld")
        {
            lines.Add(activity.Status == "vervallen" ? "Vervallen." : "Uitgesteld; er is nog geen nieuwe datum.");
        }
        if (month is { } m)
        {
            lines.Add($"In de loop van {m.ToString("MMMM yyyy", Dutch)}.");
        }
        if (activity.Wie is { } who)
        {
            lines.Add($"Wie: {Vocabularies.RoleOrText(who)}.");
        }
        if (activity.Doel is { } goal)
        {
            lines.Add($"Doel: {goal}.");
        }
        if (instrument is not null)
        {
            lines.Add($"Instrument: {instrument.Naam}" + (instrument.Groepen is { } groups ? $", groepen {groups}" : "") + ".");
        }
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
