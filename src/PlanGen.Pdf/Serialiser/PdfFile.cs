using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PlanGen.Pdf.Serialiser;

/// <summary>
/// The object layer of a PDF file: numbered objects written in order, then the cross-reference
/// table and a trailer whose /ID is a hash of the objects, so equal content gives equal bytes.
/// </summary>
internal sealed class PdfFile
{
    private static readonly byte[] Header = Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    private readonly List<byte[]?> objects = [];

    /// <summary>Reserves the next object number (objects are referred to before they are written).</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public void Set(int number, string body) =>
        objects[number - 1] = Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n");

    /// <summary>A stream object; <paramref name="dictionary"/> is the dictionary's inside, without /Length.</summary>
    public void SetStream(int number, string dictionary, ReadOnlySpan<byte> data)
    {
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<<{dictionary} /Length {data.Length}>>\nstream\n"));
        var tail = "\nendstream\nendobj\n"u8;
        var bytes = new byte[head.Length + data.Length + tail.Length];
        head.CopyTo(bytes, 0);
        data.CopyTo(bytes.AsSpan(head.Length));
        tail.CopyTo(bytes.AsSpan(head.Length + data.Length));
        objects[number - 1] = bytes;
    }

    public int Add(string body)
    {
        var number = Reserve();
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
        var offsets = new long[objects.Count];
        long position = Header.Length;
        output.Write(Header);
        for (var i = 0; i < objects.Count; i++)
        {
            var bytes = objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written.");
            offsets[i] = position;
            output.Write(bytes);
            hash.AppendData(bytes);
            position += bytes.Length;
        }

        var id = Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
        var xref = new StringBuilder(20 * (objects.Count + 1) + 200);
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            xref.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Count + 1} /Root {root} 0 R /Info {info} 0 R /ID [<{id}> <{id}>]>>\nstartxref\n{position}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
    }
}
