using PlanGen.Document.Style;

namespace PlanGen.Document.Tests;

/// <summary>The house style is resolved once, for every writer: typed colours, tints, WCAG-checked shades.</summary>
public sealed class HouseStyleTests
{
    [Theory]
    [InlineData("#1B5E20")]
    [InlineData("#FFEB3B")]
    [InlineData("#FFFFFF")]
    [InlineData("#EF6C00")]
    [InlineData("#000000")]
    public void Every_text_carrying_colour_meets_aa_against_white(string accent)
    {
        var style = HouseStyle.Resolve(accent, null);
        Assert.True(style.Accent.Strong.ContrastWith(Colour.White) >= 4.5, style.Accent.Strong.ToString());
        Assert.True(style.Link.ContrastWith(Colour.White) >= 7.0, style.Link.ToString());
        foreach (var phase in Phases.All)
        {
            var colours = style.Phase(phase);
            Assert.True(colours.Strong.ContrastWith(Colour.White) >= 4.5, $"{phase} {colours.Strong}");
            Assert.True(new Colour(0x1F, 0x1F, 0x1F).ContrastWith(colours.Tint) >= 4.5, $"{phase} tint {colours.Tint}");
            Assert.True(style.Link.ContrastWith(colours.Tint) >= 4.5, $"link on {phase} tint {colours.Tint}");
        }
    }

    [Fact]
    public void Contract_colours_are_kept_where_they_already_pass()
    {
        var style = HouseStyle.Default;
        Assert.Equal("#1B5E20", style.Phase(Phase.Visie).Strong.ToString());
        Assert.Equal("#2E7D32", style.Phase(Phase.Plan).Strong.ToString());
        Assert.Equal("#1565C0", style.Phase(Phase.Do).Strong.ToString());
        Assert.Equal("#6A1B9A", style.Phase(Phase.Act).Strong.ToString());
        Assert.NotEqual("#EF6C00", style.Phase(Phase.Check).Strong.ToString());
        Assert.Equal("#EF6C00", style.Phase(Phase.Check).Base.ToString());
    }

    [Theory]
    [InlineData("#1565C0")]
    [InlineData("1565C0")]
    [InlineData("1565c0")]
    [InlineData("  #1565c0 ")]
    public void A_colour_with_or_without_hash_is_the_same_colour(string text)
    {
        var style = HouseStyle.Resolve(text, null);
        Assert.Equal(new Colour(0x15, 0x65, 0xC0), style.Accent.Base);
        Assert.Equal("1565C0", style.Accent.Base.Hex);
    }

    [Fact]
    public void The_tint_is_one_value_for_every_writer() =>
        Assert.Equal(new Colour(0x1B, 0x5E, 0x20).Mix(Colour.White, HouseStyle.TintAmount), HouseStyle.Default.Accent.Tint);

    [Theory]
    [InlineData("#FFF")]
    [InlineData("red")]
    [InlineData("#12345G")]
    [InlineData("#1234567")]
    [InlineData(null)]
    public void Malformed_colours_are_refused_and_fall_back_to_the_default(string? text)
    {
        Assert.False(Colour.TryParse(text, out _));
        Assert.Equal(HouseStyle.DefaultAccent, HouseStyle.Resolve(text, null).Accent.Base);
    }

    [Theory]
    [InlineData("Open Sans", "Open Sans")]
    [InlineData("Arial\"; } body { x", null)]
    [InlineData(null, null)]
    public void Only_a_safe_font_name_is_kept(string? font, string? expected) =>
        Assert.Equal(expected, HouseStyle.Resolve(null, font).FontFamily);

    [Fact]
    public void Contrast_ratio_matches_wcag_examples()
    {
        Assert.Equal(21.0, Colour.Black.ContrastWith(Colour.White), 3);
        Assert.Equal(4.54, Colour.Parse("#767676").ContrastWith(Colour.White), 2);
    }
}
