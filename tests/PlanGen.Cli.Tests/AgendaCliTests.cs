using PlanGen.Core.Tests;

namespace PlanGen.Cli.Tests;

/// <summary>plangen agenda as a school uses it: cancelled activities, months as one day, updates that calendars take.</summary>
public class AgendaCliTests
{
    [Fact]
    public void Agenda_marks_cancelled_activities_puts_a_month_on_one_day_and_raises_the_sequence_of_a_moved_event()
    {
        using var repo = new TestRepository();
        repo.CopyFromSource("schools");
        repo.CopyFromSource("templates");
        var plan = Path.Combine(repo.Root, "schools/stichting-rivierenland/obs-t-kompas/jaarplannen/2025-2026.yaml");
        File.AppendAllText(plan, "  - wat: Ouderavond over pesten\n    wanneer: 2026-02-10\n    status: vervallen\n");
        var ics = Path.Combine(repo.Root, "output/stichting-rivierenland/obs-t-kompas/2025-2026/agenda.ics");

        Assert.Equal(0, Plangen.Run(repo.Root, "agenda", "--school", "obs-t-kompas").ExitCode);
        var first = Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events.ToDictionary(e => e.Summary!);
        Assert.Equal("CANCELLED", first["Activiteit: Ouderavond over pesten"].Status);
        var november = first["Monitoring: Afname vragenlijst sociale veiligheid"];
        Assert.Equal((new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 4)), (november.Start!.Date, november.End!.Date));
        Assert.All(first.Values, e => Assert.Equal(0, e.Sequence));

        File.WriteAllText(plan, File.ReadAllText(plan).Replace("wanneer: 2026-05-29", "wanneer: 2026-06-05", StringComparison.Ordinal));
        Assert.Equal(0, Plangen.Run(repo.Root, "agenda", "--school", "obs-t-kompas").ExitCode);
        var second = Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events.ToDictionary(e => e.Summary!);
        var moved = second["Activiteit: Resultaten monitor aanleveren bij de Inspectie"];
        Assert.Equal((1, new DateOnly(2026, 6, 5)), (moved.Sequence, moved.Start!.Date));
        Assert.True(moved.DtStamp!.AsUtc > first["Activiteit: Resultaten monitor aanleveren bij de Inspectie"].DtStamp!.AsUtc);
        Assert.Equal(0, second["Monitoring: Afname vragenlijst sociale veiligheid"].Sequence);
    }
}
