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
        Assert.Contains(monitoring, e => e.Summary == "Monitoring: Afname KanVAS leerlingvragenlijst en sociogram" && e.Start!.Date == new DateOnly(2025, 10, 1) && e.End!.Date == new DateOnly(2025, 10, 2));
        Assert.Contains(events, e => e.Summary == "Activiteit: Week tegen Pesten" && e.Start!.Date == new DateOnly(2025, 9, 22) && e.End!.Date == new DateOnly(2025, 9, 23));
        Assert.Contains("X-WR-CALNAME:OBS De Linde 2025-2026", ics);
    }

    [Fact]
    public void Uids_do_not_depend_on_the_date()
    {
        Assert.Equal(AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"), AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"));
        Assert.NotEqual(AgendaWriter.Uid("a|2025-2026", "activiteit|Week tegen Pesten|1"), AgendaWriter.Uid("a|2026-2027", "activiteit|Week tegen Pesten|1"));
    }

    private static readonly SchoolYear Year2025 = new(2025);

    private static List<CalendarEvent> Events(string ics) => Ical.Net.Calendar.Load(ics)!.Events.ToList();

    [Fact]
    public void Vervallen_and_uitgesteld_activities_are_cancelled_events_and_a_month_is_one_day_on_its_first_school_day()
    {
        var plan = new PlanGen.Core.Model.YearPlan
        {
            Schooljaar = "2025-2026",
            Activiteiten =
            [
                new() { Wat = "Ouderavond", Wanneer = "2025-10-14", Status = "vervallen" },
                new() { Wat = "Kamp", Wanneer = "2026-05-20", Status = "uitgesteld" },
                new() { Wat = "Week tegen Pesten", Wanneer = "2025-09-22" },
                new() { Wat = "Groepsbesprekingen", Wanneer = "november" },
            ],
        };
        var items = AgendaItems.For(new PlanGen.Core.Model.SchoolData(), plan, Year2025);
        var events = Events(AgendaWriter.Write("X", "x|2025-2026", items, DateTimeOffset.UnixEpoch)).ToDictionary(e => e.Summary!);

        Assert.Equal("CANCELLED", events["Activiteit: Ouderavond"].Status);
        Assert.StartsWith("Vervallen.", events["Activiteit: Ouderavond"].Description);
        Assert.Equal("CANCELLED", events["Activiteit: Kamp"].Status);
        Assert.StartsWith("Uitgesteld; er is nog geen nieuwe datum.", events["Activiteit: Kamp"].Description);
        Assert.Equal("CONFIRMED", events["Activiteit: Week tegen Pesten"].Status);
        // 1 November 2025 is a Saturday: the entry sits on Monday 3 November, one day long.
        var month = events["Activiteit: Groepsbesprekingen"];
        Assert.Equal((new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 4)), (month.Start!.Date, month.End!.Date));
        Assert.Equal("In de loop van november 2025.", month.Description);
    }

    [Fact]
    public void A_changed_event_gets_a_higher_sequence_and_a_new_dtstamp_and_a_removed_one_is_cancelled_once()
    {
        var stamp = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var changedAt = new DateTimeOffset(2025, 10, 3, 12, 0, 0, TimeSpan.Zero);
        AgendaItem Item(string what, DateOnly day) => new($"activiteit|{what}|1", AgendaItems.Activity, what, null, day, day);
        var first = AgendaWriter.Write("X", "x", [Item("Ouderavond", new DateOnly(2025, 10, 14)), Item("Kamp", new DateOnly(2026, 5, 20)), Item("Weg", new DateOnly(2025, 9, 1))], stamp);

        // Unchanged data over the last file: the same bytes.
        Assert.Equal(first, AgendaWriter.Write("X", "x", [Item("Ouderavond", new DateOnly(2025, 10, 14)), Item("Kamp", new DateOnly(2026, 5, 20)), Item("Weg", new DateOnly(2025, 9, 1))], stamp, first, changedAt));

        var second = AgendaWriter.Write("X", "x", [Item("Ouderavond", new DateOnly(2025, 10, 21)), Item("Kamp", new DateOnly(2026, 5, 20))], stamp, first, changedAt);
        var events = Events(second).ToDictionary(e => e.Summary!);
        Assert.Equal((1, new DateTime(2025, 10, 3, 12, 0, 0, DateTimeKind.Utc), new DateOnly(2025, 10, 21)), (events["Activiteit: Ouderavond"].Sequence, events["Activiteit: Ouderavond"].DtStamp!.AsUtc, events["Activiteit: Ouderavond"].Start!.Date));
        Assert.Equal((0, new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc)), (events["Activiteit: Kamp"].Sequence, events["Activiteit: Kamp"].DtStamp!.AsUtc));
        Assert.Equal(("CANCELLED", 1), (events["Activiteit: Weg"].Status, events["Activiteit: Weg"].Sequence));

        var third = Events(AgendaWriter.Write("X", "x", [Item("Ouderavond", new DateOnly(2025, 10, 21)), Item("Kamp", new DateOnly(2026, 5, 20))], stamp, second, changedAt.AddDays(1)));
        Assert.DoesNotContain(third, e => e.Summary == "Activiteit: Weg");
        Assert.Equal(1, third.Single(e => e.Summary == "Activiteit: Ouderavond").Sequence);
    }

    [Theory]
    [InlineData("2027-05-29", "een zaterdag")]
    [InlineData("2026-05-14", "Hemelvaartsdag")]
    [InlineData("2026-04-06", "Tweede Paasdag")]
    [InlineData("2026-04-27", "Koningsdag")]
    [InlineData("2025-12-29", "de kerstvakantie")]
    [InlineData("2026-05-25", "Tweede Pinksterdag")]
    [InlineData("2026-05-29", null)]
    public void School_days_know_weekends_national_holidays_and_christmas(string date, string? closed) =>
        Assert.Equal(closed, SchoolDays.Closed(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    private static DateOnly Month(string text, SchoolYear year)
    {
        Assert.True(SchoolMoment.TryParse(text, year, out var moment));
        return new DateOnly(moment.Date!.Value.Year, moment.Date.Value.Month, 1);
    }

    [Fact]
    public void A_week_is_a_block_from_monday_to_friday_and_a_two_yearly_instrument_only_comes_in_its_years()
    {
        var data = new PlanGen.Core.Model.SchoolData
        {
            Instrumenten =
            [
                new() { Naam = "Oudervragenlijst", Frequentie = "eens per twee jaar", Vanaf = "2025-2026", Maanden = ["mrt"] },
            ],
        };
        var plan = new PlanGen.Core.Model.YearPlan
        {
            Schooljaar = "2025-2026",
            Activiteiten =
            [
                new() { Wat = "Informatieavond", Wanneer = "laatste week van september" },
                new() { Wat = "Groepsbespreking", Wanneer = "3 keer per jaar" },
            ],
        };
        var items = AgendaItems.For(data, plan, Year2025);
        var week = items.Single(i => i.Summary == "Informatieavond");
        Assert.Equal((new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 3)), (week.FirstDay, week.LastDay));
        Assert.DoesNotContain(items, i => i.Summary == "Groepsbespreking");
        var survey = items.Single(i => i.Summary.StartsWith("Afname Oudervragenlijst", StringComparison.Ordinal));
        Assert.Contains("Hoe vaak: eens per twee jaar.", survey.Description);
        Assert.Equal(new DateOnly(2026, 3, 2), survey.FirstDay);
        Assert.DoesNotContain(AgendaItems.For(data, plan, new SchoolYear(2026)), i => i.Summary.StartsWith("Afname", StringComparison.Ordinal));
        Assert.Single(AgendaItems.For(data, plan, new SchoolYear(2027)), i => i.Summary.StartsWith("Afname", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_school_week_is_the_week_of_the_last_monday_of_august_for_activities_and_monitoring_moments()
    {
        var data = new PlanGen.Core.Model.SchoolData { Instrumenten = [new() { Naam = "Groepsmonitor" }] };
        var plan = new PlanGen.Core.Model.YearPlan
        {
            Schooljaar = "2025-2026",
            Activiteiten =
            [
                new() { Wat = "Klassenafspraken maken", Wanneer = "Eerste schoolweek" },
                new() { Wat = "Groepsmonitor afnemen", Wanneer = "eerste schoolweek", Instrument = "Groepsmonitor" },
                new() { Wat = "Afscheid groep 8", Wanneer = "laatste schoolweek" },
            ],
        };
        var events = Events(AgendaWriter.Write("X", "x|2025-2026", AgendaItems.For(data, plan, Year2025), DateTimeOffset.UnixEpoch)).ToDictionary(e => e.Summary!);

        // 25 August 2025 is the last Monday of August: Monday to Friday, the end date exclusive as iCal has it.
        var rules = events["Activiteit: Klassenafspraken maken"];
        Assert.Equal((new DateOnly(2025, 8, 25), new DateOnly(2025, 8, 30)), (rules.Start!.Date, rules.End!.Date));
        Assert.Equal("In de eerste schoolweek; die verschilt per regio: PlanGen neemt de week van de laatste maandag van augustus.", rules.Description);
        var monitor = events["Monitoring: Groepsmonitor afnemen"];
        Assert.Equal((new DateOnly(2025, 8, 25), new DateOnly(2025, 8, 30)), (monitor.Start!.Date, monitor.End!.Date));
        Assert.DoesNotContain(events.Keys, k => k.Contains("Afscheid", StringComparison.Ordinal));
        // 2026: 31 August is itself a Monday.
        Assert.Equal(new DateOnly(2026, 8, 31), new SchoolYear(2026).FirstSchoolWeek);
        Assert.Equal(new DateOnly(2027, 8, 30), new SchoolYear(2027).FirstSchoolWeek);
    }
}
