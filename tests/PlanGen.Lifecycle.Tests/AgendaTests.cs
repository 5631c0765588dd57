using Ical.Net.CalendarComponents;
using PlanGen.Core.Loading;
using PlanGen.Lifecycle.Calendar;

namespace PlanGen.Lifecycle.Tests;

public sealed class AgendaTests
{
    [Fact]
    public void Ics_parses_back_with_one_event_per_monitoring_moment_and_stable_bytes()
    {
        using var repo = ExampleSchool.Copy();
        var project = ExampleSchool.Valid(repo);
        var plan = project.Years.Single(y => y.Schooljaar == "2025-2026");
        var year = new SchoolYear(2025);
        var stamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var items = AgendaItems.For(project.Data, plan, year);
        var ics = AgendaWriter.Write("OBS De Linde 2025-2026", project.Id + "|2025-2026", items, stamp);

        Assert.Equal(ics, AgendaWriter.Write("OBS De Linde 2025-2026", project.Id + "|2025-2026", AgendaItems.For(project.Data, plan, year), stamp));
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var events = calendar.Events.ToList();
        Assert.Equal(items.Count, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        Assert.All(events, e =>
        {
            Assert.False(e.Start!.HasTime);
            Assert.Equal(new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc);
        });

        // Monitoring moments: each activity with instrument:, plus each instrument month no activity covers.
        var fromActivities = plan.Activiteiten.Where(a => a.Instrument is not null)
            .Select(a => (a.Instrument!, Month(a.Wanneer, year))).ToHashSet();
        var fromInstruments = project.Data.Instrumenten.SelectMany(i => i.Maanden.Select(m => (i.Naam, Month(m, year))))
            .Where(m => !fromActivities.Contains(m)).Distinct().Count();
        var monitoring = events.Where(e => e.Categories.Contains(AgendaItems.Monitoring)).ToList();
        Assert.Equal(plan.Activiteiten.Count(a => a.Instrument is not null) + fromInstruments, monitoring.Count);
        Assert.Contains(monitoring, e => e.Summary == "Monitoring: Afname KanVAS leerlingvragenlijst en sociogram" && e.Start!.Date == new DateOnly(2025, 10, 1) && e.End!.Date == new DateOnly(2025, 11, 1));
        Assert.Contains(events, e => e.Summary == "Activiteit: Week tegen Pesten" && e.Start!.Date == new DateOnly(2025, 9, 22) && e.End!.Date == new DateOnly(2025, 9, 23));
        Assert.Contains("X-WR-CALNAME:OBS De Linde 2025-2026", ics);
    }

    [Fact]
    public void Uids_do_not_depend_on_the_date()
    {
        Assert.Equal(AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"), AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"));
        Assert.NotEqual(AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"), AgendaWriter.Uid("a|2026-2027", "activiteit|Week tegen Pesten|1"));
    }

    private static DateOnly Month(string text, SchoolYear year)
    {
        Assert.True(SchoolMoment.TryParse(text, year, out var moment));
        return new DateOnly(moment.Date!.Value.Year, moment.Date.Value.Month, 1);
    }
}
