using System.Buffers.Binary;
using System.Text;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Writes a zip archive with the bytes <c>System.IO.Compression.ZipArchive</c> writes to a seekable
/// stream (deflate at the default level, no data descriptors, Unix attributes 100644, no extra
/// fields), but takes each entry's compressed bytes and CRC from <see cref="CompressedParts"/>, so
/// a part met before in this process (the same font subset, style sheet, settings) is not deflated again.
/// </summary>
internal static class ZipWriter
{
    private const ushort VersionNeeded = 20; // deflate
    private const ushort Utf8Names = 0x800; // general purpose flag bit 11, set only for a name beyond ASCII
    private const ushort MadeByUnix = (3 << 8) | VersionNeeded;
    private const uint UnixFileAttributes = 0x81A40000; // regular file, rw-r--r--

    public readonly record struct Entry(string Name, byte[] Content);

    public static void Write(Stream output, IReadOnlyList<Entry> entries, DateTimeOffset time)
    {
        var (dosTime, dosDate) = DosTime(time);
        var records = new List<(byte[] Name, CompressedParts.Part Part, long Offset)>(entries.Count);
        long position = 0;
        Span<byte> header = stackalloc byte[46];
        foreach (var entry in entries)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            var part = CompressedParts.For(entry.Content);
            records.Add((name, part, position));
            var local = header[..30];
            local.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034B50);
            WriteCommon(local[4..], part, name, dosTime, dosDate);
            output.Write(local);
            output.Write(name);
            output.Write(part.Compressed);
            position += local.Length + name.Length + part.Compressed.Length;
        }

        var directoryOffset = position;
        foreach (var (name, part, offset) in records)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], MadeByUnix);
            WriteCommon(header[6..], part, name, dosTime, dosDate);
            // comment length, disk number, internal attributes: zero
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], UnixFileAttributes);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)offset));
            output.Write(header);
            output.Write(name);
            position += header.Length + name.Length;
        }

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)records.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)records.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(position - directoryOffset)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)directoryOffset));
        output.Write(end);
    }

    /// <summary>Version needed, flags, method, time, date, CRC, sizes, name and extra length: shared by both headers.</summary>
    private static void WriteCommon(Span<byte> at, CompressedParts.Part part, ReadOnlySpan<byte> name, ushort dosTime, ushort dosDate)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded); // also for a stored (empty) entry, as ZipArchive
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], Ascii.IsValid(name) ? (ushort)0 : Utf8Names); // no data descriptor: sizes and CRC are in the header
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], part.IsStored ? (ushort)0 : (ushort)8);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], part.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], checked((uint)part.Compressed.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], checked((uint)part.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], checked((ushort)name.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[24..], 0);
    }

    /// <summary>MS-DOS time and date of a wall-clock time (two-second resolution, 1980-2107).</summary>
    private static (ushort Time, ushort Date) DosTime(DateTimeOffset time)
    {
        var t = time.DateTime;
        var dosTime = (ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2));
        var dosDate = (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day);
        return (dosTime, dosDate);
    }
}
