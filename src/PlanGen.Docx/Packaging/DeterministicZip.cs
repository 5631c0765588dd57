using System.IO.Compression;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Rewrites the package so two builds give the same bytes: System.IO.Packaging stamps each entry
/// with the current time. Entries get one fixed time and a fixed order (content types first, as
/// some readers expect, then the package relationships, then by name). Parts are deflated once per
/// process where they recur (<see cref="CompressedParts"/>).
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream package, Stream output, DateTimeOffset timestamp)
    {
        // Zip stores a wall-clock time without a zone (the DateTime part, whatever the machine's zone);
        // use the UTC reading so every machine writes the same two bytes.
        var time = new DateTimeOffset(timestamp.UtcDateTime, TimeSpan.Zero);
        time = time < Earliest ? Earliest : time > Latest ? Latest : time;

        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new List<ZipWriter.Entry>(source.Entries.Count);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var content = new byte[entry.Length];
            using (var from = entry.Open())
            {
                from.ReadExactly(content);
            }

            entries.Add(new ZipWriter.Entry(entry.FullName, content));
        }

        ZipWriter.Write(output, entries, time);
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
