using System.Diagnostics;

namespace PlanGen.Html.Tests;

public sealed class DeterminismTests(Xunit.Abstractions.ITestOutputHelper output)
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

    [Fact]
    public void Writing_is_fast()
    {
        var document = TestDocuments.Plan();
        TestDocuments.WriteBytes(document);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            TestDocuments.WriteBytes(document);
        }

        output.WriteLine($"50 writes of plan.md: {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"50 writes took {stopwatch.Elapsed}");
    }
}
