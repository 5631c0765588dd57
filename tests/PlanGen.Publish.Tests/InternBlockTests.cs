using PlanGen.Core.Editions;

namespace PlanGen.Publish.Tests;

/// <summary>The ::: intern container: gone in the public edition, plain text in the internal one.</summary>
public class InternBlockTests
{
    private const string Text = "Voor iedereen.\n\n::: intern\nAlleen voor het team.\n\nOok dit.\n:::\n\nWeer voor iedereen.\n";

    [Fact]
    public void PublicEditionLeavesTheBlockOut()
    {
        var result = InternBlocks.Apply(Text, Edition.Openbaar);
        Assert.Contains("Voor iedereen.", result);
        Assert.Contains("Weer voor iedereen.", result);
        Assert.DoesNotContain("team", result);
        Assert.DoesNotContain("Ook dit", result);
        Assert.DoesNotContain(":::", result);
    }

    [Fact]
    public void InternalEditionShowsTheTextWithoutFences()
    {
        var result = InternBlocks.Apply(Text, Edition.Intern);
        Assert.Equal("Voor iedereen.\n\nAlleen voor het team.\n\nOok dit.\n\nWeer voor iedereen.\n", result);
    }

    [Fact]
    public void InsideAnotherContainerOnlyTheInternBlockGoes()
    {
        var text = ":::: kaart-pagina\n## Kaart\n\n::: intern\nGeheim.\n:::\n\n::: blok plan\n### Plan\n- punt\n:::\n::::\n";
        var result = InternBlocks.Apply(text, Edition.Openbaar);
        Assert.DoesNotContain("Geheim", result);
        Assert.Contains("::: blok plan", result);
        Assert.Contains("- punt", result);
        Assert.EndsWith("::::\n", result);
    }

    [Fact]
    public void AnUnclosedBlockRunsToTheEnd()
    {
        var result = InternBlocks.Apply("Open.\n\n::: intern\nGeheim tot het eind.\n", Edition.Openbaar);
        Assert.Equal("Open.\n", result);
    }

    [Fact]
    public void OtherContainersAndTextWithoutBlocksAreUntouched()
    {
        const string text = "::: kader\nBel 0900-111 3 111.\n:::\n";
        Assert.Equal(text, InternBlocks.Apply(text, Edition.Openbaar));
        Assert.Equal("Geen blokken.", InternBlocks.Apply("Geen blokken.", Edition.Openbaar));
    }

    [Theory]
    [InlineData("::: Intern\nGeheim.\n:::\n")]
    [InlineData(":::intern\nGeheim.\n:::\n")]
    [InlineData(":::: intern\nGeheim.\n::::\n")]
    public void SpellingsOfTheFenceAreRecognised(string text) =>
        Assert.DoesNotContain("Geheim", InternBlocks.Apply(text, Edition.Openbaar));
}
