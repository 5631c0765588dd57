using CsCheck;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Properties of the layout engine on random paragraphs, widths and styles.</summary>
public sealed class LayoutPropertyTests
{
    private const float Epsilon = 0.05f;
    private static readonly Gen<char> Letter = Gen.Char["abcdefghijklmnopqrstuvwxyzéëï"];

    private static readonly Gen<string> Word = Gen.Frequency(
        (12, Gen.String[Letter, 1, 12]),
        (2, Gen.Select(Gen.String[Letter, 2, 7], Gen.String[Letter, 2, 7], (a, b) => a + "-" + b)),
        (1, Gen.String[Letter, 30, 70]));

    private static readonly Gen<(string[][] Paragraphs, float Width, bool Justify, bool Bold)> Documents =
        Gen.Select(Word.Array[1, 50].Array[1, 6], Gen.Float[60f, 320f], Gen.Bool, Gen.Bool);

    [Fact]
    public void NoTextOutsideTheMarginsAndNoLineWiderThanItsBox() =>
        Documents.Sample(input =>
        {
            var (page, pages) = Layout(input);
            foreach (var (text, box) in pages.SelectMany(p => p.Lines))
            {
                Assert.True(box.X >= page.Left - Epsilon && box.Right <= page.Left + page.ContentWidth + Epsilon, $"'{text}' leaves the margins horizontally: {box}");
                Assert.True(box.Y >= page.Top - Epsilon && box.Bottom <= page.Top + page.ContentHeight + Epsilon, $"'{text}' leaves the margins vertically: {box}");
                Assert.True(box.Width <= page.ContentWidth + Epsilon, $"'{text}' is wider ({box.Width}) than its box ({page.ContentWidth})");
            }
        }, iter: 150);

    [Fact]
    public void EveryInputWordAppearsExactlyOnceInOrder() =>
        Documents.Sample(input =>
        {
            var (page, pages) = Layout(input);
            // A hyphenated line ends in a soft hyphen (U+00AD): the word continues on the next line.
            var lines = JoinHyphenated(pages.SelectMany(p => p.Lines).Select(l => l.Text));
            var expected = input.Paragraphs.SelectMany(p => p).ToList();

            // Nothing lost, nothing doubled, whatever the breaks (long words included).
            Assert.Equal(string.Concat(expected), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));

            // Word by word, when no word needs breaking inside (a hyphen break rejoins).
            var widest = expected.Max(w => new Fragment(w, Style(input.Bold)).Width);
            if (widest <= page.ContentWidth)
            {
                var joined = string.Join(" ", lines).Replace("- ", "-", StringComparison.Ordinal);
                Assert.Equal(expected, joined.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }, iter: 150);

    private static TextStyle Style(bool bold) => Harness.Body.With(bold: bold);

    private static List<string> JoinHyphenated(IEnumerable<string> lines)
    {
        var result = new List<string>();
        var carry = "";
        foreach (var line in lines)
        {
            var text = carry + line;
            carry = "";
            if (text.EndsWith('\u00AD'))
            {
                carry = text[..^1];
                continue;
            }

            result.Add(text);
        }

        if (carry.Length > 0)
        {
            result.Add(carry);
        }

        return result;
    }

    private static (PageGeometry Page, List<Rendering.RecordingCanvas> Pages) Layout((string[][] Paragraphs, float Width, bool Justify, bool Bold) input)
    {
        var page = new PageGeometry(input.Width + 40, 240, 20, 20, 20, 20);
        var column = new Column();
        foreach (var paragraph in input.Paragraphs)
        {
            var spans = paragraph.Select((w, i) => new TextSpan(i == 0 ? w : " " + w, Style(input.Bold && i % 3 == 0))).ToList();
            column.Add(new TextBlock(spans, input.Justify ? Alignment.Justify : Alignment.Left), 6);
        }

        return (page, Harness.Run(column, page));
    }
}
