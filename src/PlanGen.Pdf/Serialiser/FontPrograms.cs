using System.Collections.Concurrent;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// The embedded font file of a face's subset (hb-subset, then deflated), shared by every document of
/// the process that uses the same glyphs of the same face: a board's documents often do (a card's
/// bold headings, the same template text). Bounded: when full it starts again empty.
/// </summary>
internal static class FontPrograms
{
    private const int MaxPrograms = 256;
    private static readonly ConcurrentDictionary<Key, Program> Programs = new();

    /// <summary>The FontFile2 stream's data (deflated) and the program's own length (/Length1); never changed by the caller.</summary>
    public sealed record Program(byte[] Deflated, int Length);

    public static Program For(FontFace face, List<ushort> glyphs)
    {
        var key = new Key(face, [.. glyphs]);
        if (Programs.TryGetValue(key, out var program))
        {
            return program;
        }

        if (Programs.Count >= MaxPrograms)
        {
            Programs.Clear();
        }

        return Programs.GetOrAdd(key, k =>
        {
            var bytes = FontSubsetter.Subset(k.Face, k.Glyphs) ?? k.Face.Data;
            return new Program(PdfStreams.Deflate(bytes), bytes.Length);
        });
    }

    private sealed class Key : IEquatable<Key>
    {
        private readonly int hash;

        public Key(FontFace face, ushort[] glyphs)
        {
            Face = face;
            Glyphs = glyphs;
            var h = new HashCode();
            h.Add(face);
            h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(glyphs.AsSpan()));
            hash = h.ToHashCode();
        }

        public FontFace Face { get; }

        public ushort[] Glyphs { get; }

        public bool Equals(Key? other) => other is not null && hash == other.hash && ReferenceEquals(Face, other.Face) && Glyphs.AsSpan().SequenceEqual(other.Glyphs);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => hash;
    }
}
