using System.Collections.Concurrent;

namespace PlanGen.Pdf.Text;

/// <summary>
/// A paragraph's fragments (segmented, shaped, hyphenated) and its line sets, shared by every text
/// block with the same content, font family and spacing in one process: the plan's two layout passes
/// and a board's schools (the templates' text recurs) break each paragraph once per width.
/// Bounded: when full it starts again empty.
/// </summary>
internal static class ParagraphCache
{
    private const int MaxParagraphs = 5_000;
    private static readonly ConcurrentDictionary<Key, Paragraph> Paragraphs = new();

    public static Paragraph For(IReadOnlyList<TextSpan> spans, bool justify, float lineSpacing)
    {
        var key = new Key(FontLibrary.Document, [.. spans], justify, lineSpacing);
        if (Paragraphs.TryGetValue(key, out var paragraph))
        {
            return paragraph;
        }

        if (Paragraphs.Count >= MaxParagraphs)
        {
            Paragraphs.Clear();
        }

        return Paragraphs.GetOrAdd(key, k => new Paragraph(k.Spans, justify, lineSpacing));
    }

    private sealed class Key : IEquatable<Key>
    {
        private readonly FontFace[] faces;
        private readonly bool justify;
        private readonly float lineSpacing;
        private readonly int hash;

        public Key(FontFace[] faces, TextSpan[] spans, bool justify, float lineSpacing)
        {
            this.faces = faces;
            Spans = spans;
            this.justify = justify;
            this.lineSpacing = lineSpacing;
            var h = new HashCode();
            h.Add(faces[0]);
            h.Add(justify);
            h.Add(lineSpacing);
            foreach (var span in spans)
            {
                h.Add(span);
            }

            hash = h.ToHashCode();
        }

        public TextSpan[] Spans { get; }

        public bool Equals(Key? other) =>
            other is not null && hash == other.hash && justify == other.justify && lineSpacing == other.lineSpacing
            && faces.AsSpan().SequenceEqual(other.faces) && Spans.AsSpan().SequenceEqual(other.Spans);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => hash;
    }
}

/// <summary>One paragraph's content as the line breaker sees it, with the line sets made so far (the most recent few).</summary>
internal sealed class Paragraph
{
    private const int KeptSets = 8;
    private readonly bool justify;
    private readonly float lineSpacing;
    private readonly List<LineSet> sets = [];

    public Paragraph(IReadOnlyList<TextSpan> spans, bool justify, float lineSpacing)
    {
        this.justify = justify;
        this.lineSpacing = lineSpacing;
        // Justified paragraphs are hyphenated (Dutch patterns); ragged text (headings, tables, the TOC) is not.
        Fragments = justify ? Hyphenation.HyphenationPass.Apply(TextSegmenter.Segment(spans)) : TextSegmenter.Segment(spans);
    }

    /// <summary>Never changed once made: shared by every block and thread.</summary>
    public List<Fragment> Fragments { get; }

    /// <summary>The lines for <paramref name="width"/>, broken now or served by an earlier set (<see cref="LineBreaker.Serves"/>).</summary>
    public LineSet Lines(float width)
    {
        lock (sets)
        {
            for (var i = sets.Count - 1; i >= 0; i--)
            {
                if (LineBreaker.Serves(sets[i], width))
                {
                    return sets[i];
                }
            }

            var set = LineBreaker.Break(Fragments, width, lineSpacing, justify);
            if (sets.Count == KeptSets)
            {
                sets.RemoveAt(0);
            }

            sets.Add(set);
            return set;
        }
    }
}
