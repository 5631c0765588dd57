using PlanGen.Pdf.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class TextBlockTests
{
    private static TextBlock Lines(int count) =>
        new(Enumerable.Range(0, count).SelectMany(i => new[] { new TextSpan($"regel{i}", Harness.Body), new TextSpan("", Harness.Body, HardBreak: true) }).ToList());

    [Fact]
    public void OrphanControlMovesAParagraphRatherThanLeaveOneLine()
    {
        var block = Lines(5);
        Assert.Equal(SpacePlanType.Wrap, block.Measure(new Space(100, 15, false)).Type);
        Assert.Equal(SpacePlanType.Partial, block.Measure(new Space(100, 29, false)).Type);
    }

    [Fact]
    public void WidowControlLeavesTwoLinesForTheNextPage()
    {
        var block = Lines(5);
        var plan = block.Measure(new Space(100, 14 * 4.5f, false));
        Assert.Equal(SpacePlanType.Partial, plan.Type);
        Assert.Equal(14 * 3, plan.Height, 0.01);
    }

    [Fact]
    public void AtTheTopOfAPageRulesGiveWay()
    {
        Assert.Equal(SpacePlanType.Partial, Lines(5).Measure(new Space(100, 15, true)).Type);
    }

    [Fact]
    public void BreaksAfterHyphensBetweenLettersButNotInPhoneNumbers()
    {
        var fragments = TextSegmenter.Segment([new TextSpan("bespreek-baar 0900-111", Harness.Body)]);
        Assert.Equal(["bespreek-", "baar", "0900-111"], fragments.Select(f => f.Text));
    }

    [Fact]
    public void UrlsBreakAfterSlashesAndDotsButNotInsideTheSchemeNorAtTheirHyphens()
    {
        var fragments = TextSegmenter.Segment([new TextSpan("https://www.school.example/gids/pesten", Harness.Body)]);
        Assert.Equal(["https://www.", "school.", "example/", "gids/", "pesten"], fragments.Select(f => f.Text));
        var hyphenated = TextSegmenter.Segment([new TextSpan("zie https://www.horizon-basisonderwijs.example of k.de-vries@school.example", Harness.Body)]);
        Assert.Equal(["zie", "https://www.", "horizon-basisonderwijs.", "example", "of", "k.", "de-vries@", "school.", "example"], hyphenated.Select(f => f.Text));
        Assert.Equal(["anti-", "pesten"], TextSegmenter.Segment([new TextSpan("anti-pesten", Harness.Body)]).Select(f => f.Text));
    }

    [Fact]
    public void JustifiedLinesFillTheWidthExceptTheLast()
    {
        // 300 pt: wide enough that hyphenation lets every line be justified within the maximum word space.
        var text = "Pesten is een sociale interactie, waarbij ieder individu in de sociale omgeving invloed heeft op het gedrag. Wij spreken elkaar daarop aan, in de klas en op het plein.";
        var pages = Harness.Run(new TextBlock(Harness.Words(text), Alignment.Justify), new PageGeometry(340, 240, 20, 20, 20, 20));
        var lines = pages[0].Lines;
        Assert.True(lines.Count >= 3);
        Assert.All(lines.SkipLast(1), l => Assert.Equal(300, l.Bounds.Width, 0.5));
        Assert.True(lines[^1].Bounds.Width < 300);
    }

    [Fact]
    public void NoBreakSpaceKeepsWordsTogether()
    {
        var fragments = TextSegmenter.Segment([new TextSpan("groep\u00A07 en 8", Harness.Body)]);
        Assert.Equal("groep\u00A07", fragments[0].Text);
    }
}
