using PlanGen.Pdf.Card;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Element.SameHeight: every width inside the span an element reports measures to exactly the height
/// a fresh element of the same content has there (the card's packing answers box heights from it),
/// and a card box that has measured other widths first gives the heights a fresh box gives.
/// </summary>
public sealed class SameHeightTests
{
    private const string Text = "Veiligheid is een basisvoorwaarde om te leren. Wij werken met Kanjertraining, groepsplannen gedrag en "
        + "kindgesprekken; zie https://www.delinde.example/schoolgids of mail naar info@delinde.example. Een langwoordzonderafbreekpunt en 0344\u2011555\u00A0101.";

    private static readonly string[] Words = Text.Split(' ');

    [Fact]
    public void EveryWidthInTheSpanMeasuresToTheSameHeight()
    {
        var served = 0;
        for (var trial = 0; trial < 150; trial++)
        {
            var width = 60 + (new Random(trial).NextSingle() * 240);
            var tree = Tree(trial);
            var height = tree.Measure(Unbounded(width)).Height;
            var span = tree.SameHeight(width);
            var probes = new Random(1000 + trial);
            for (var probe = 0; probe < 25; probe++)
            {
                var other = span.IsRange && probe % 2 == 0 && !float.IsInfinity(span.High) && !float.IsInfinity(span.Low)
                    ? span.Low + (probes.NextSingle() * (span.High - span.Low))
                    : 40 + (probes.NextSingle() * 300);
                if (!span.IsRange || !span.Contains(other))
                {
                    continue;
                }

                served++;
                Assert.Equal(height, Tree(trial).Measure(Unbounded(other)).Height);
            }
        }

        Assert.True(served > 300, $"only {served} widths were inside a span");
    }

    [Fact]
    public void JustifiedTextHoldsOnlyItsOwnWidth()
    {
        var block = new TextBlock([new TextSpan(Text, Harness.Body)], Alignment.Justify);
        block.Measure(Unbounded(200));
        Assert.False(block.SameHeight(200).IsRange);
        var column = new Column().Add(new TextBlock([new TextSpan(Text, Harness.Body)])).Add(new TextBlock([new TextSpan(Text, Harness.Body)], Alignment.Justify), 4);
        column.Measure(Unbounded(200));
        Assert.False(column.SameHeight(200).IsRange);
    }

    [Fact]
    public void ACardBoxGivesTheHeightsOfAFreshBoxWhateverItMeasuredBefore()
    {
        var random = new Random(3);
        var reused = Box(5);
        for (var i = 0; i < 400; i++)
        {
            var width = 120 + (random.NextSingle() * 260);
            var scale = CardScale.Min + (random.Next(16) * CardScale.Step);
            Assert.Equal(Box(5).Height(width, scale), reused.Height(width, scale));
            Assert.Equal(Box(5).MaxHeight(width, scale), reused.MaxHeight(width, scale));
        }
    }

    private static Space Unbounded(float width) => new(width, float.MaxValue / 4, true);

    private static CardBox Box(int seed) =>
        new(new TextBlock([new TextSpan("Signaleren en handelen", Harness.Body.With(bold: true))], Alignment.Left, 1.15f), Tree(seed), Color.Grey, null);

    // The same content for the same seed: paragraphs, lists, a callout, spacers and rules.
    private static Element Tree(int seed)
    {
        var random = new Random(seed);
        TextBlock Paragraph() => new([new TextSpan(string.Join(' ', Words.Skip(random.Next(Words.Length / 2)).Take(2 + random.Next(Words.Length))), random.Next(4) == 0 ? Harness.Body.With(bold: true) : Harness.Body)]);
        var column = new Column();
        var count = 1 + random.Next(5);
        for (var i = 0; i < count; i++)
        {
            Element child = random.Next(5) switch
            {
                0 => new ListItem(new TextBlock([new TextSpan("\u2022", Harness.Body)]), new Column().Add(Paragraph()).Add(Paragraph(), 3), 12),
                1 => new Decoration(Paragraph(), 6, Color.Grey.Tint(0.9f), Color.Grey),
                2 => new Spacer(4),
                3 => new Rule(0.5f, Color.Grey),
                _ => Paragraph(),
            };
            column.Add(child, random.Next(2) * 5);
        }

        return column;
    }
}
