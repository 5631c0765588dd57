using System.IO.Compression;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Rewrites the package so two builds give the same bytes: System.IO.Packaging stamps each entry
/// with the current time. Entries get one fixed time and a fixed order (content types first, as
/// some readers expect, then the package relationships, then by name).
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
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = time;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
