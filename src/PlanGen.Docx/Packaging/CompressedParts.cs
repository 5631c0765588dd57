using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Deflated bytes and CRC-32 of package parts, kept for parts that recur: most documents of a build
/// carry the same font subsets, and a board's schools the same style sheet, settings and headers.
/// A part is kept from its second sighting on (a document body, seen once, is not), up to
/// <see cref="Budget"/> bytes in all. The bytes are those <c>ZipArchive</c> would write
/// (<see cref="CompressionLevel.Optimal"/>), so the cache never changes the output.
/// </summary>
internal static class CompressedParts
{
    /// <summary>At most this many compressed bytes are kept (about 350 documents' fonts each set of four).</summary>
    internal const long Budget = 32L << 20;

    private static readonly ConcurrentDictionary<UInt128, Part> Kept = new();
    private static readonly ConcurrentDictionary<UInt128, byte> Seen = new();
    private static long kept;

    /// <summary>One part as the zip stores it.</summary>
    internal sealed record Part(byte[] Compressed, uint Crc, int Length, bool IsStored);

    public static Part For(byte[] content)
    {
        // Length in the key as well, so that a collision would also need equal lengths.
        var key = XxHash128.HashToUInt128(content) ^ (UInt128)(ulong)content.Length;
        if (Kept.TryGetValue(key, out var known) && known.Length == content.Length)
        {
            return known;
        }

        var part = Compress(content);
        if (!Seen.TryAdd(key, 0) && Interlocked.Add(ref kept, part.Compressed.Length) <= Budget)
        {
            Kept.TryAdd(key, part);
        }

        return part;
    }

    private static Part Compress(byte[] content)
    {
        var crc = Crc32.HashToUInt32(content);
        if (content.Length == 0)
        {
            // ZipArchive stores an empty entry rather than deflating nothing.
            return new Part([], crc, 0, IsStored: true);
        }

        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return new Part(buffer.ToArray(), crc, content.Length, IsStored: false);
    }
}
