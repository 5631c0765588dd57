using System.Buffers.Binary;
using System.IO.Compression;

namespace PlanGen.Docx.Tests;

/// <summary>Writes a small striped PNG (300x120 px, 150 dpi) to a temp file, so no binary lives in the repo.</summary>
internal static class TestLogo
{
    public const int Width = 300;
    public const int Height = 120;

    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plangen-docx-test-logo-{Environment.ProcessId}.png");
        File.WriteAllBytes(path, Png());
        return path;
    }

    public static byte[] Png()
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // RGB
        Chunk(png, "IHDR", header);

        var physical = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(physical, 5906); // 150 dpi in pixels per metre
        BinaryPrimitives.WriteUInt32BigEndian(physical.AsSpan(4), 5906);
        physical[8] = 1;
        Chunk(png, "pHYs", physical);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < Height; y++)
            {
                zlib.WriteByte(0); // no filter
                for (var x = 0; x < Width; x++)
                {
                    var green = (x / 30) % 2 == 0;
                    zlib.Write(green ? [0x1B, 0x5E, 0x20] : [0xFF, 0xFF, 0xFF]);
                }
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
