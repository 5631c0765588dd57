using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Html.Styles;

namespace PlanGen.Html.Tests;

public sealed class StyleTests
{
    [Theory]
    [InlineData("#1B5E20")]
    [InlineData("#FFEB3B")]
    [InlineData("#FFFFFF")]
    [InlineData("#EF6C00")]
    [InlineData("#000000")]
    public void Every_text_carrying_colour_meets_aa_against_white(string accent)
    {
        var info = TestDocuments.Info(DocumentKind.Kwaliteitskaart) with { AccentColor = accent };
        var style = HouseStyle.From(info);
        Assert.True(style.AccentStrong.ContrastWith(Rgb.White) >= 4.5, style.AccentStrong.ToString());
        Assert.True(style.Link.ContrastWith(Rgb.White) >= 7.0, style.Link.ToString());
        foreach (var (phase, strong, tint) in style.Phases)
        {
            Assert.True(strong.ContrastWith(Rgb.White) >= 4.5, $"{phase} {strong}");
            Assert.True(new Rgb(0x1F, 0x1F, 0x1F).ContrastWith(tint) >= 4.5, $"{phase} tint {tint}");
            Assert.True(style.Link.ContrastWith(tint) >= 4.5, $"link on {phase} tint {tint}");
        }
    }

    [Fact]
    public void Contract_colours_are_kept_where_they_already_pass()
    {
        var style = HouseStyle.From(TestDocuments.Info(DocumentKind.Kwaliteitskaart));
        var strong = style.Phases.ToDictionary(p => p.Phase, p => p.Strong.ToString());
        Assert.Equal("#1B5E20", strong["visie"]);
        Assert.Equal("#2E7D32", strong["plan"]);
        Assert.Equal("#1565C0", strong["do"]);
        Assert.Equal("#6A1B9A", strong["act"]);
        Assert.NotEqual("#EF6C00", strong["check"]);
    }

    [Theory]
    [InlineData("#FFF")]
    [InlineData("red")]
    [InlineData("#12345G")]
    [InlineData("#1234567")]
    [InlineData(null)]
    public void Malformed_colours_are_refused(string? text) => Assert.False(Rgb.TryParse(text, out _));

    [Fact]
    public void Contrast_ratio_matches_wcag_examples()
    {
        Assert.Equal(21.0, Rgb.Black.ContrastWith(Rgb.White), 3);
        Assert.Equal(4.54, Rgb.Parse("#767676").ContrastWith(Rgb.White), 2);
    }
}
