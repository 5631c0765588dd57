namespace PlanGen.Html.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var logo = TestDocuments.WriteTinyPng();
        Assert.Equal(TestDocuments.WriteBytes(TestDocuments.Plan(logo)), TestDocuments.WriteBytes(TestDocuments.Plan(logo)));

        var kaart = TestDocuments.Kaart();
        Assert.Equal(TestDocuments.WriteBytes(kaart), TestDocuments.WriteBytes(kaart));
    }

    [Fact]
    public void Output_is_utf8_without_bom_and_unix_newlines()
    {
        var bytes = TestDocuments.WriteBytes(TestDocuments.Plan());
        Assert.Equal((byte)'<', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }
}
