using System.Text;
using CsCheck;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class KeepWithNextTests
{
    /// <summary>
    /// Whatever amount of text comes before, a heading (or a chain of headings) never ends a page:
    /// it moves to the next page with the start of its first block.
    /// </summary>
    [Fact]
    public void NoPageEndsWithAHeading()
    {
        for (var filler = 1; filler <= 45; filler++)
        {
            var md = new StringBuilder("# Plan\n\n## 1. Hoofdstuk\n\n");
            for (var p = 0; p < filler; p++)
            {
                md.Append("Een korte alinea over sociale veiligheid op school.\n\n");
            }

            md.Append("### 1.1 Sectie\n\n#### Onderdeel\n\nDe eerste alinea na de koppen, lang genoeg voor twee regels tekst op een pagina van dit plan, zodat hij kan breken.\n\n");
            md.Append("| Stap | Actie |\n|---|---|\n| 1 | Eerste stap |\n| 2 | Tweede stap |\n");
            var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(), md.ToString()));
            var headings = new HashSet<string> { "1. Hoofdstuk", "1.1 Sectie", "Onderdeel" };
            var bottom = layout.Geometry.Height - layout.Geometry.Bottom;
            foreach (var page in layout.Pages.Skip(2))
            {
                var body = page.Lines.Where(l => l.Bounds.Bottom <= bottom + 1 && l.Bounds.Y >= layout.Geometry.Top - 10).ToList();
                Assert.False(headings.Contains(body[^1].Text), $"filler {filler}: page ends with heading '{body[^1].Text}'");
            }
        }
    }

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 12];
    private static readonly Gen<string> Sentence = Word.Array[1, 45].Select(w => string.Join(' ', w));

    // Headings are short and start with "Kop" (body words are lower case), so a page's last line is
    // recognisably a heading; lead-ins are the only text ending in ':'.
    private static readonly Gen<string> Block = Gen.OneOf(
        Sentence.Select(s => s + "\n"),
        Sentence.Array[1, 3].Select(s => string.Join("\n\n", s) + "\n"),
        Word.Array[1, 3].Select(w => $"## Kop {string.Join(' ', w)}\n"),
        Word.Array[1, 3].Select(w => $"### Kop {string.Join(' ', w)}\n"),
        Word.Array[1, 3].Select(w => $"#### Kop {string.Join(' ', w)}\n"),
        Gen.Select(Sentence, Sentence.Array[1, 5], (lead, items) => $"{lead} afgesproken:\n\n" + string.Concat(items.Select(i => $"- {i}\n"))),
        Gen.Select(Sentence, Sentence.Array[2, 8], (lead, cells) => $"{lead} als volgt:\n\n| Wie | Wat |\n|---|---|\n" + string.Concat(cells.Chunk(2).Select(c => $"| {c[0]} | {c.ElementAtOrDefault(1) ?? ""} |\n"))),
        Sentence.Array[1, 6].Select(items => string.Concat(items.Select(i => $"- {i}\n"))));

    /// <summary>
    /// Random documents, chapters running on or one per page: no page ends with a heading or a
    /// lead-in paragraph (ending in ':'); the document's last page may end anywhere.
    /// </summary>
    [Fact]
    public void NoPageEndsWithAHeadingOrALeadIn() =>
        Gen.Select(Block.Array[1, 40], Gen.Bool).Sample((blocks, perChapter) =>
        {
            var markdown = "# Plan\n\n" + string.Join("\n", blocks) + "\nEen laatste alinea.\n";
            var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info() with { NewPagePerChapter = perChapter }, markdown));
            var g = layout.Geometry;
            foreach (var (page, number) in layout.Pages.Select((p, n) => (p, n + 1)).Skip(2).SkipLast(1))
            {
                var body = page.Lines.Where(l => l.Bounds.Y >= g.Top - 10 && l.Bounds.Bottom <= g.Height - g.Bottom + 1).ToList();
                var last = body[^1].Text.Trim();
                Assert.False(last.StartsWith("Kop ", StringComparison.Ordinal), $"page {number} ends with heading '{last}'");
                Assert.False(last.EndsWith(':'), $"page {number} ends with lead-in '{last}'");
            }
        }, iter: 40);

    [Fact]
    public void ALeadInMovesToTheNextPageWithItsList()
    {
        for (var filler = 30; filler <= 44; filler++)
        {
            var md = new StringBuilder("# Plan\n\n## 1. Hoofdstuk\n\n");
            for (var p = 0; p < filler; p++)
            {
                md.Append("Een korte alinea over sociale veiligheid op school.\n\n");
            }

            md.Append("Over het registreren hebben wij deze afspraken gemaakt:\n\n- De leerkracht registreert.\n- De intern begeleider kijkt mee.\n");
            var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(), md.ToString()));
            var page = layout.Pages.Single(p => p.Lines.Any(l => l.Text.StartsWith("Over het registreren", StringComparison.Ordinal)));
            Assert.Contains(page.Lines, l => l.Text.Contains("De leerkracht registreert.", StringComparison.Ordinal));
        }
    }
}
