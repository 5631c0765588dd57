using PlanGen.TestSupport;

namespace PlanGen.Docx.Tests;

/// <summary>
/// No phone number, date, school year, group range, time or frequency of the example schools is split
/// over two lines when LibreOffice lays out our DOCX files (plans and cards): every unit in the
/// Markdown is found whole on one line of pdftotext -layout as often as the Markdown has it.
/// </summary>
public sealed class UnbreakableUnitsTests
{
    [SkippableFact]
    public void No_unit_of_the_example_schools_is_split_over_lines_in_LibreOffice()
    {
        var problems = new List<string>();
        var units = 0;
        foreach (var rendering in LibreOfficeExamples.All)
        {
            var lines = LibreOffice.Lines(rendering.Pdf);
            problems.AddRange(UnbreakableUnits.Problems(rendering.Name, rendering.Markdown, lines, out var count));
            units += count;
        }

        Assert.True(units > 150, $"only {units} units found in the example schools");
        Assert.True(problems.Count == 0, $"{problems.Count} of {units} units split:\n{string.Join("\n", problems)}");
    }
}
