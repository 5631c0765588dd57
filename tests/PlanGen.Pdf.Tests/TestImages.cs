using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PlanGen.Pdf.Tests;

/// <summary>Small PNG files for tests, written by hand (signature, IHDR, IDAT, IEND with CRCs).</summary>
internal static class TestImages
{
    /// <summary>An 8-bit PNG filled with one colour; colour type 2 (RGB) or, with alpha, 6 (RGBA).</summary>
    public static byte[] Png(int width, int height, byte r, byte g, byte b, byte? alpha = null)
    {
        var channels = alpha is null ? 3 : 4;
        var raw = new byte[(1 + (width * channels)) * height];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * channels));
            for (var x = 0; x < width; x++)
            {
                var at = row + 1 + (x * channels);
                raw[at] = r;
                raw[at + 1] = g;
                raw[at + 2] = b;
                if (alpha is { } a)
                {
                    raw[at + 3] = a;
                }
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)(alpha is null ? 2 : 6);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
