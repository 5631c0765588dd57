using PlanGen.TestSupport;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// No phone number, date, school year, group range, time or frequency of the example schools is split
/// over two lines in our PDFs (plans and cards): every unit in the Markdown the PDF was made from is
/// found whole on one line of pdftotext -layout as often as the Markdown has it.
/// </summary>
public sealed class UnbreakableUnitsTests
{
    [SkippableFact]
    public void No_unit_of_the_example_schools_is_split_over_lines_in_the_pdf()
    {
        Tools.Require("pdftotext", "poppler-utils");
        var problems = new List<string>();
        var units = 0;
        foreach (var (name, pdf, markdown) in ExamplePdfs.WithMarkdown)
        {
            var (text, exit) = Tools.Run("pdftotext", pdf, "-layout");
            Assert.Equal(0, exit);
            problems.AddRange(UnbreakableUnits.Problems(name, markdown, text.Split('\n'), out var count));
            units += count;
        }

        Assert.True(units > 150, $"only {units} units found in the example schools");
        Assert.True(problems.Count == 0, $"{problems.Count} of {units} units split:\n{string.Join("\n", problems)}");
    }
}
