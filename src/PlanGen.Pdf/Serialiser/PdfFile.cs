using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// The object layer of a PDF file: numbered objects written in order, then a cross-reference stream
/// whose /ID is a hash of the objects, so equal content gives equal bytes. Small objects marked
/// compact (the many structure elements of a tagged PDF) go into compressed object streams.
/// </summary>
internal sealed class PdfFile
{
    private const int PerObjectStream = 200;
    private static readonly byte[] Header = Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    private readonly List<byte[]?> objects = [];
    private readonly List<bool> compact = [];

    /// <summary>Reserves the next object number (objects are referred to before they are written).</summary>
    public int Reserve(bool packed = false)
    {
        objects.Add(null);
        compact.Add(packed);
        return objects.Count;
    }

    /// <summary>A dictionary or other direct object; a compact one may be stored in an object stream.</summary>
    public void Set(int number, string body) => objects[number - 1] = Encoding.Latin1.GetBytes(body);

    /// <summary>A stream object; <paramref name="dictionary"/> is the dictionary's inside, without /Length.</summary>
    public void SetStream(int number, string dictionary, ReadOnlySpan<byte> data)
    {
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<<{dictionary} /Length {data.Length}>>\nstream\n"));
        var tail = "\nendstream"u8;
        var bytes = new byte[head.Length + data.Length + tail.Length];
        head.CopyTo(bytes, 0);
        data.CopyTo(bytes.AsSpan(head.Length));
        tail.CopyTo(bytes.AsSpan(head.Length + data.Length));
        objects[number - 1] = bytes;
        compact[number - 1] = false;
    }

    public int Add(string body, bool packed = false)
    {
        var number = Reserve(packed);
        Set(number, body);
        return number;
    }

    public int AddStream(string dictionary, ReadOnlySpan<byte> data)
    {
        var number = Reserve();
        SetStream(number, dictionary, data);
        return number;
    }

    public void WriteTo(Stream output, int root, int info)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in objects)
        {
            hash.AppendData(bytes ?? throw new InvalidOperationException("A PDF object was reserved but never written."));
        }

        var id = Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
        var count = objects.Count;
        var packed = Enumerable.Range(0, count).Where(i => compact[i]).ToList();
        var xrefNumber = count + ((packed.Count + PerObjectStream - 1) / PerObjectStream) + 1;

        // Per object: (1, offset) written directly, or (2, object stream, index) packed.
        var entries = new (byte Type, long Field, int Index)[xrefNumber];
        var streams = new List<(int Number, byte[] Bytes)>();
        for (var start = 0; start < packed.Count; start += PerObjectStream)
        {
            var number = count + streams.Count + 1;
            var members = packed.Skip(start).Take(PerObjectStream).ToList();
            streams.Add((number, ObjectStream(members, number, entries)));
        }

        long position = Header.Length;
        output.Write(Header);
        void Write(int number, byte[] body)
        {
            entries[number - 1] = (1, position, 0);
            var head = Encoding.ASCII.GetBytes($"{number} 0 obj\n");
            output.Write(head);
            output.Write(body);
            output.Write("\nendobj\n"u8);
            position += head.Length + body.Length + 8;
        }

        for (var i = 0; i < count; i++)
        {
            if (!compact[i])
            {
                Write(i + 1, objects[i]!);
            }
        }

        foreach (var (number, bytes) in streams)
        {
            Write(number, bytes);
        }

        // The cross-reference stream: object 0 free, then each object, itself last.
        var table = new byte[(xrefNumber + 1) * 7];
        table[0] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(5), 65535);
        entries[xrefNumber - 1] = (1, position, 0);
        for (var n = 1; n <= xrefNumber; n++)
        {
            var (type, field, index) = entries[n - 1];
            var row = table.AsSpan(n * 7);
            row[0] = type;
            BinaryPrimitives.WriteUInt32BigEndian(row[1..], (uint)field);
            BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)index);
        }

        var data = PdfStreams.Deflate(table);
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{xrefNumber} 0 obj\n<</Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root {root} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] /Filter /FlateDecode /Length {data.Length}>>\nstream\n"));
        output.Write(head);
        output.Write(data);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\nendstream\nendobj\nstartxref\n{position}\n%%EOF\n")));
    }

    /// <summary>An object stream holding <paramref name="members"/> (0-based indices); records where each went.</summary>
    private byte[] ObjectStream(List<int> members, int number, (byte Type, long Field, int Index)[] entries)
    {
        var index = new StringBuilder();
        using var body = new MemoryStream();
        for (var k = 0; k < members.Count; k++)
        {
            var i = members[k];
            index.Append(CultureInfo.InvariantCulture, $"{i + 1} {body.Length} ");
            body.Write(objects[i]!);
            body.WriteByte((byte)'\n');
            entries[i] = (2, number, k);
        }

        var first = Encoding.ASCII.GetBytes(index.ToString());
        var data = PdfStreams.Deflate([.. first, .. body.ToArray()]);
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<</Type /ObjStm /N {members.Count} /First {first.Length} /Filter /FlateDecode /Length {data.Length}>>\nstream\n"));
        return [.. head, .. data, .. "\nendstream"u8];
    }
}
