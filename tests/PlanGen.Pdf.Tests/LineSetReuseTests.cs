using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// A ragged paragraph's lines are reused for every width that breaks alike (LineSet.Range), and a
/// paragraph's fragments are shared by every block with the same content (ParagraphCache): both must
/// give exactly what breaking anew gives.
/// </summary>
public sealed class LineSetReuseTests
{
    private const string Text = "Veiligheid is een basisvoorwaarde om te leren. Wij werken met Kanjertraining, groepsplannen gedrag en "
        + "kindgesprekken; zie https://www.delinde.example/schoolgids of mail naar info@delinde.example. Een langwoordzonderafbreekpunt en 0344\u2011555\u00A0101.";

    [Fact]
    public void AWidthServedByAnEarlierSetBreaksExactlyAsThatSet()
    {
        var random = new Random(7);
        var words = Text.Split(' ');
        var served = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var text = string.Join(' ', words.Skip(random.Next(words.Length / 2)).Take(3 + random.Next(words.Length)));
            var style = random.Next(3) == 0 ? Harness.Body.With(bold: true) : Harness.Body;
            var fragments = TextSegmenter.Segment([new TextSpan(text, style)]);
            var first = LineBreaker.Break(fragments, 40 + (random.NextSingle() * 260), 1.4f);
            for (var probe = 0; probe < 20; probe++)
            {
                var width = 30 + (random.NextSingle() * 300);
                if (!LineBreaker.Serves(first, width))
                {
                    continue;
                }

                served++;
                var fresh = LineBreaker.Break(fragments, width, 1.4f);
                Assert.Equal(fresh.Lines, first.Lines);
                Assert.Equal(fresh.Fragments, first.Fragments);
            }
        }

        Assert.True(served > 100, $"only {served} widths were served by an earlier set");
    }

    [Fact]
    public void JustifiedSetsServeOnlyTheirOwnWidth()
    {
        var fragments = TextSegmenter.Segment([new TextSpan(Text, Harness.Body)]);
        var set = LineBreaker.Break(fragments, 200, 1.4f, justify: true);
        Assert.Null(set.Range);
        Assert.True(LineBreaker.Serves(set, 200));
        Assert.False(LineBreaker.Serves(set, 200.5f));
    }

    [Fact]
    public void BlocksWithTheSameContentShareFragmentsAndOthersDoNot()
    {
        List<TextSpan> Spans(string text) => [new TextSpan(text, Harness.Body), new TextSpan(" vet", Harness.Body.With(bold: true))];
        var a = ParagraphCache.For(Spans("Een zin over pesten"), justify: true, 1.4f);
        Assert.Same(a, ParagraphCache.For(Spans("Een zin over pesten"), justify: true, 1.4f));
        Assert.NotSame(a, ParagraphCache.For(Spans("Een zin over pesten"), justify: false, 1.4f));
        Assert.NotSame(a, ParagraphCache.For(Spans("Een zin over pesten"), justify: true, 1.2f));
        Assert.NotSame(a, ParagraphCache.For(Spans("Een zin over plagen"), justify: true, 1.4f));
        Assert.NotSame(a, ParagraphCache.For([new TextSpan("Een zin over pesten", Harness.Body), new TextSpan(" vet", Harness.Body)], justify: true, 1.4f));
        using (FontLibrary.Use(PlanGen.Document.Fonts.FontFiles.For("Arial")))
        {
            var arial = ParagraphCache.For(Spans("Een zin over pesten"), justify: true, 1.4f);
            Assert.NotSame(a, arial);
            Assert.NotSame(a.Fragments[0].Face, arial.Fragments[0].Face);
        }
    }
}
