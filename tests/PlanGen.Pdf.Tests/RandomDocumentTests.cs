using CsCheck;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Random documents of every block kind: the writer never fails and loses no block.</summary>
public sealed class RandomDocumentTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzé"], 1, 14];
    private static readonly Gen<string> Sentence = Word.Array[1, 40].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Block = Gen.OneOf(
        Sentence.Select(s => s + "\n"),
        Word.Array[1, 5].Select(w => $"## {string.Join(' ', w)}\n"),
        Word.Array[1, 5].Select(w => $"### {string.Join(' ', w)}\n"),
        Sentence.Array[1, 6].Select(items => string.Concat(items.Select(i => $"- {i}\n"))),
        Sentence.Array[1, 4].Select(items => string.Concat(items.Select((i, n) => $"{n + 3}. {i}\n"))),
        Sentence.Select(s => $"> {s}\n"),
        Sentence.Select(s => $"::: kader\n**Let op.** {s}\n:::\n"),
        Gen.Select(Gen.Int[1, 4], Sentence.Array[1, 30], (cols, cells) => Table(cols, cells)));

    internal static readonly Gen<string> Documents = Block.Array[0, 25].Select(b => "# Titel\n\n" + string.Join("\n", b));

    [Fact]
    public void WriterNeverFailsAndEveryBlockIsDrawnOnce() =>
        Documents.Sample(markdown =>
        {
            var document = RenderedDocument.Create(Fixtures.Info(), markdown);
            var bytes = Fixtures.Write(document);
            Assert.True(bytes.Length > 1000);

            var layout = LayoutEngine.Record(document);
            // Body lines only: a running header between two halves of a paragraph is not part of it.
            var g = layout.Geometry;
            var body = layout.Pages.SelectMany(p => p.Lines).Where(l => l.Bounds.Y >= g.Top - 10 && l.Bounds.Bottom <= g.Height - g.Bottom + 1);
            var drawn = ExpectedText.Normalize(string.Join("\n", body.Select(l => l.Text)));
            ExpectedText.AssertInOrder(ExpectedText.Blocks(document).Where(b => !b.StartsWith("Titel", StringComparison.Ordinal)), drawn);
        }, iter: 60);

    private static string Table(int columns, string[] cells)
    {
        var rows = cells.Chunk(columns).ToList();
        var header = "| " + string.Join(" | ", Enumerable.Range(1, columns).Select(c => $"Kolom {c}")) + " |\n";
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n";
        return header + rule + string.Concat(rows.Select(r => "| " + string.Join(" | ", r.Concat(Enumerable.Repeat("", columns - r.Length))) + " |\n"));
    }
}
