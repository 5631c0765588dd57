using PlanGen.Document;

namespace PlanGen.Document.Tests;

public sealed class LinkPolicyTests
{
    // In code, not [InlineData]: xUnit's serialisation would turn a lone surrogate into U+FFFD.
    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        Assert.False(LinkPolicy.IsAllowed("https://school.example/a\uD800b"));
        Assert.False(LinkPolicy.IsAllowed("https://school.example/\uDC00"));
        Assert.False(LinkPolicy.IsAllowed("https://school.example/\uD83D"));
    }

    [Fact]
    public void A_surrogate_pair_is_allowed() => Assert.True(LinkPolicy.IsAllowed("https://school.example/\uD83D\uDE00"));
}
