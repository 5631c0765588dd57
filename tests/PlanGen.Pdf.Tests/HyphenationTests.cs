using CsCheck;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;
using PlanGen.Pdf.Text.Hyphenation;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Dutch hyphenation and the justification limit, measured on the glyphs the painter draws.</summary>
public sealed class HyphenationTests
{
    private static readonly string[] Dutch =
    [
        "veiligheid", "leerlingen", "schoolklimaat", "medezeggenschapsraad", "vertrouwenspersoon", "groepsvorming",
        "ontwikkeling", "betrokkenheid", "incidentregistratie", "kwaliteitscyclus", "gedragsverwachtingen",
        "ouders", "pesten", "wij", "de", "het", "een", "kind", "school", "en", "in", "met", "tijdens", "afspraken",
        "anti-pestcoördinator", "sociaal-emotionele", "begeleiding", "samenwerking", "jeugdgezondheidszorg",
        "onderwijsinspectie", "signaleren", "handelingsplan", "leerkrachten", "bijeenkomsten", "(preventief)",
        "klachtenregeling,", "ondersteuning;", "schoolmaatschappelijk", "zorgcoördinator", "programma's",
    ];

    private static readonly string[] Names = ["Marieke", "Vermeulen", "Bouwhuis", "Zwanenburg", "Hoogendoorn", "Kwakernaak"];

    private static readonly string[] Addresses =
    [
        "https://www.horizon-basisonderwijs.example/klachtenregeling", "www.schoolveiligheid.example/pesten",
        "k.vanderlaan@ikcdebuitenhof.example", "vertrouwenspersoon@rivierenland.example", "0900-1113111",
    ];

    private static readonly Gen<string> Token = Gen.Frequency(
        (20, Gen.OneOf<string>(Dutch)),
        (3, Gen.OneOf<string>(Names)),
        (2, Gen.OneOf<string>(Addresses)),
        (2, Gen.OneOf<string>(Dutch).Select(w => w + ".")));

    /// <summary>Paragraphs of Dutch words, names (never right after a full stop) and addresses, and a measure.</summary>
    private static readonly Gen<(string[] Words, float Width)> Paragraphs =
        Gen.Select(Token.Array[5, 80], Gen.Float[150f, 480f]).Select(t => (Fix(t.Item1), t.Item2));

    [Fact]
    public void DutchWordsBreakWhereThePatternsSay()
    {
        Assert.True(Hyphenator.Dutch.PatternCount > 10_000);
        Assert.Equal("vei-lig-heid", Show("veiligheid"));
        Assert.Equal("leer-lin-gen", Show("leerlingen"));
        Assert.Equal("me-de-zeg-gen-schaps-raad", Show("medezeggenschapsraad"));
        Assert.Equal("ont-wik-ke-ling", Show("ontwikkeling"));
    }

    [Fact]
    public void NeverHyphenatedNamesAddressesShortWordsAndCapitals()
    {
        static bool Eligible(params string[] words)
        {
            var fragments = TextSegmenter.Segment([new TextSpan(string.Join(' ', words), Harness.Body)]);
            return HyphenationPass.Eligible(fragments, fragments.Count - 1);
        }

        Assert.True(Eligible("de", "leerlingen"));
        Assert.True(Eligible("Leerlingen"));
        Assert.True(Eligible("klaar.", "Leerlingen"));
        Assert.False(Eligible("met", "Vermeulen"));
        Assert.False(Eligible("de", "kinds"));
        Assert.False(Eligible("de", "MEDEZEGGENSCHAP"));
        Assert.False(Eligible("naar", "k.vanderlaan@ikcdebuitenhof.example"));
        Assert.False(Eligible("op", "www.schoolveiligheid.example"));
        Assert.False(Eligible("schooljaar\u00A02025\u20112026"));
        var link = TextSegmenter.Segment([new TextSpan("klachtenregeling", Harness.Body with { Link = "https://x.example" })]);
        Assert.False(HyphenationPass.Eligible(link, 0));
    }

    /// <summary>
    /// Random justified paragraphs: no line but the last has a word space above
    /// <see cref="OptimalBreaks.MaxWordSpace"/> times the normal one; every hyphen stands where the
    /// patterns allow; no name, address or word of five letters or fewer is hyphenated.
    /// </summary>
    [Fact]
    public void JustifiedLinesStayWithinTheMaximumSpaceAndHyphenateOnlyWhereAllowed() =>
        Paragraphs.Sample(input =>
        {
            var spans = input.Words.Select((w, i) => new TextSpan(i == 0 ? w : " " + w, Harness.Body)).ToList();
            var canvas = new GlyphCanvas();
            var page = new PageGeometry(input.Width + 40, 100_000, 20, 20, 20, 20);
            Paginator.Run(new TextBlock(spans, Alignment.Justify), page, new DrawContext(canvas), _ => canvas, _ => { });
            var face = Harness.Body.Face;
            var maxSpace = (face.SpaceAdvance * Harness.Body.Size * OptimalBreaks.MaxWordSpace) + 0.01f;
            var words = new List<string>();
            for (var l = 0; l < canvas.Lines.Count; l++)
            {
                var glyphs = canvas.Lines[l].SelectMany(r => r.Glyphs.Select((g, i) => (Glyph: g, X: r.X[i]))).ToList();
                for (var i = 0; i + 1 < glyphs.Count && l < canvas.Lines.Count - 1; i++)
                {
                    if (glyphs[i].Glyph == face.SpaceGlyph)
                    {
                        Assert.True(glyphs[i + 1].X - glyphs[i].X <= maxSpace, $"line {l + 1}: word space {glyphs[i + 1].X - glyphs[i].X:F2} pt > {maxSpace:F2} pt");
                    }
                }

                var text = string.Concat(canvas.Lines[l].Select(r => r.Text)).TrimEnd();
                var hyphenated = glyphs.Count > 0 && glyphs[^1].Glyph == face.HyphenGlyph && text.EndsWith(face.HyphenText, StringComparison.Ordinal)
                    && !input.Words.Any(w => w.EndsWith('-'));
                words.Add(text);
                if (hyphenated && l + 1 < canvas.Lines.Count)
                {
                    var head = text[..^face.HyphenText.Length].Split(' ')[^1];
                    var tail = string.Concat(canvas.Lines[l + 1].Select(r => r.Text)).Split(' ')[0];
                    var word = head + tail;
                    Assert.DoesNotContain(word.Trim('.', ',', ';', '(', ')'), Names);
                    // head is the whole space-delimited token before the hyphen: an address would show here whole.
                    Assert.False(word.Contains('@') || word.Contains('/') || word.Contains("www.", StringComparison.Ordinal) || word.Any(char.IsDigit), $"address '{word}' hyphenated");
                    var (start, length) = HyphenationPass.Core(word);
                    Assert.True(length > HyphenationPass.MinLetters, $"'{word}' has 5 letters or fewer");
                    Assert.Contains(head.Length - start, Hyphenator.Dutch.Points(word.Substring(start, length)));
                }
            }

            // Nothing lost or doubled (spaces aside: lines also end after an address's '.', '/' or '@').
            var drawn = string.Concat(words).Replace(face.HyphenText, "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            Assert.Equal(string.Concat(input.Words), drawn);
        }, iter: 120);

    private static string Show(string word)
    {
        var points = Hyphenator.Dutch.Points(word);
        return string.Concat(word.Select((c, i) => (points.Contains(i) ? "-" : "") + c));
    }

    /// <summary>A name never follows a full stop in these paragraphs (the name rule is about sentence position).</summary>
    private static string[] Fix(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (Names.Contains(words[i]) && words[i - 1].EndsWith('.'))
            {
                words[i - 1] = words[i - 1].TrimEnd('.');
            }
        }

        return words;
    }

    /// <summary>Keeps every line's glyph runs as the painter drew them.</summary>
    private sealed class GlyphCanvas : IPageCanvas
    {
        public List<IReadOnlyList<GlyphRun>> Lines { get; } = [];

        public void DrawText(IReadOnlyList<GlyphRun> runs) => Lines.Add(runs);

        public void FillRect(Rect rect, Color color) { }

        public void DrawLine(float x1, float y1, float x2, float y2, float width, Color color) { }

        public void DrawImage(RasterImage image, Rect rect) { }

        public void LinkUrl(Rect rect, string url) { }

        public void LinkAnchor(Rect rect, string anchor, string? description = null) { }

        public void Anchor(float x, float y, string anchor) { }

        public void PushTransform(float dx, float dy, float scale) { }

        public void PopTransform() { }

        public void BeginTag(object key, StructureTag tag) { }

        public void EndTag() { }

        public void BeginArtifact() { }

        public void EndArtifact() { }
    }
}
