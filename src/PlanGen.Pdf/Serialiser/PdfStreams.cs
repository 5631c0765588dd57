using System.IO.Compression;

namespace PlanGen.Pdf.Serialiser;

/// <summary>zlib (FlateDecode) compression; the same bytes in give the same bytes out.</summary>
internal static class PdfStreams
{
    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
