using PlanGen.Core.Loading;

namespace PlanGen.Core.Tests;

/// <summary>Timing as directors write it: weeks, "n keer per jaar", periods, and instruments taken once in several years.</summary>
public class TimingTests
{
    private static readonly SchoolYear Year = new(2025);

    [Theory]
    [InlineData("laatste week van september", "2025-09-29", "laatste week van september (29 september tot en met 3 oktober 2025)")]
    [InlineData("eerste week van oktober", "2025-10-06", "eerste week van oktober (6 oktober tot en met 10 oktober 2025)")]
    [InlineData("eerste week van februari 2026", "2026-02-02", "eerste week van februari (2 februari tot en met 6 februari 2026)")]
    public void A_week_is_monday_to_friday_of_the_months_first_or_last_full_week(string text, string monday, string display)
    {
        Assert.True(SchoolMoment.TryParse(text, Year, out var moment));
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), moment.Date);
        Assert.Equal(moment.Date!.Value.AddDays(4), moment.LastDate);
        Assert.Equal(display, moment.Display);
    }

    [Theory]
    [InlineData("3 keer per jaar", "3 keer per jaar")]
    [InlineData("eerste schoolweek", "eerste schoolweek")]
    [InlineData("Hele jaar", "Hele jaar")]
    public void Periods_and_times_per_year_have_no_date(string text, string display)
    {
        Assert.True(SchoolMoment.TryParse(text, Year, out var moment));
        Assert.Null(moment.Date);
        Assert.Equal(display, moment.Display);
    }

    [Theory]
    [InlineData("eens per twee jaar", 1, 2, "eens per twee jaar")]
    [InlineData("om het jaar", 1, 2, "eens per twee jaar")]
    [InlineData("eens per vier jaar", 1, 4, "eens per vier jaar")]
    [InlineData("3 keer per jaar", 3, 1, "3 keer per jaar")]
    [InlineData("jaarlijks", 1, 1, "eens per jaar")]
    public void Frequencies_in_words(string text, int perYear, int everyYears, string display)
    {
        var frequency = SchoolFrequency.Parse(text);
        Assert.Equal((perYear, everyYears, display), (frequency!.PerYear, frequency.EveryYears, frequency.Display));
        Assert.True(frequency.TakenIn(new SchoolYear(2025 + everyYears), new SchoolYear(2025)));
        Assert.Equal(everyYears == 1, frequency.TakenIn(new SchoolYear(2026), new SchoolYear(2025)));
    }

    [Fact]
    public void An_unknown_moment_lists_every_accepted_form()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, year: MinimalSchool.YearPlan.Replace("wanneer: 2025-11", "wanneer: na de herfst"));
        Assert.Equal([$"{MinimalSchool.YearFile}:4:14: PG0104: 'na de herfst' is geen datum, maand of periode die PlanGen begrijpt (schrijf {SchoolMoment.AcceptedForms})"], Checks.Lines(repo));
        Assert.Contains("laatste week van september", SchoolMoment.AcceptedForms);
        Assert.Contains("eerste schoolweek", SchoolMoment.AcceptedForms);
    }

    [Fact]
    public void An_unknown_frequency_and_a_two_yearly_pupil_monitor_are_reported()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("    per_jaar: 1\n", "    frequentie: soms\n"));
        Assert.Equal([$"{MinimalSchool.SchoolFile}:14:17: PG0105: 'soms' is geen frequentie die PlanGen begrijpt (schrijf een van: {SchoolFrequency.AcceptedForms})"], Checks.Lines(repo));
        MinimalSchool.WriteTo(repo, school: MinimalSchool.School.Replace("    per_jaar: 1\n", "    frequentie: eens per twee jaar\n"));
        Assert.Contains(Checks.Lines(repo), l => l.Contains("PG0303", StringComparison.Ordinal));
    }
}
