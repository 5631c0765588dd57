using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using PlanGen.Core.Assets;

namespace PlanGen.Core.Tests;

public class ImageProbeTests
{
    private static readonly byte[] ExampleLogo = File.ReadAllBytes(Path.Combine(TestRepository.SourceRoot, "schools/stichting-horizon/logo.png"));

    [Fact]
    public void The_example_logo_is_read_with_its_size()
    {
        Assert.True(ImageProbe.TryRead(ExampleLogo, out var info, out var problem), problem);
        Assert.Equal("image/png", info.MediaType);
        Assert.True(info.Width > 0 && info.Height > 0);
    }

    [Fact]
    public void Png_resolution_comes_from_pHYs()
    {
        var phys = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(phys, 11811); // 300 dpi in pixels per metre
        BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), 11811);
        phys[8] = 1;
        Assert.True(ImageProbe.TryRead(Png(300, 120, ("pHYs", phys)), out var info, out _));
        Assert.Equal((300, 120, 300.0, 300.0), (info.Width, info.Height, info.DpiX, info.DpiY));
    }

    [Fact]
    public void Jpeg_size_and_density_come_from_its_header()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF\0"u8, 1, 1, 1, 0, 72, 0, 96, 0, 0,
            0xFF, 0xC0, 0, 11, 8, 0, 120, 1, 44, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, 0xFF, 0xD9];
        Assert.True(ImageProbe.TryRead(jpeg, out var info, out var problem), problem);
        Assert.Equal(("image/jpeg", 300, 120, 72.0, 96.0), (info.MediaType, info.Width, info.Height, info.DpiX, info.DpiY));
        Assert.False(ImageProbe.TryRead(jpeg[..^2], out _, out problem));
        Assert.Equal("het JPEG-bestand van het logo is beschadigd of afgebroken (het einde ontbreekt)", problem);
    }

    [Theory]
    [InlineData("empty", "het logo is een leeg bestand")]
    [InlineData("garbage", "het logo is geen PNG- of JPEG-afbeelding")]
    [InlineData("truncated", "het PNG-bestand van het logo is beschadigd of afgebroken (het einde ontbreekt)")]
    [InlineData("bad crc", "het PNG-bestand van het logo is beschadigd of afgebroken (een controlegetal klopt niet)")]
    [InlineData("no data", "(er staan geen beeldgegevens in)")]
    [InlineData("bomb", "het logo is 60000 x 60000 beeldpunten; dat is te groot")]
    [InlineData("too many pixels", "het logo is 10000 x 10000 beeldpunten; dat is te groot")]
    [InlineData("zero width", "het logo heeft geen breedte of hoogte")]
    [InlineData("bad bit depth", "(onbekende kleur- of compressiesoort)")]
    public void Broken_or_oversized_images_are_refused_in_dutch(string kind, string expected)
    {
        var bytes = kind switch
        {
            "empty" => [],
            "garbage" => Encoding.UTF8.GetBytes("<html>geen plaatje</html>"),
            "truncated" => ExampleLogo[..(ExampleLogo.Length / 2)],
            "bad crc" => Flip(ExampleLogo, 40),
            "no data" => Png(10, 10, skipData: true),
            "bomb" => Png(60_000, 60_000),
            "too many pixels" => Png(10_000, 10_000),
            "zero width" => Png(0, 10),
            "bad bit depth" => Png(10, 10, depth: 3),
            _ => throw new ArgumentException(kind),
        };
        Assert.False(ImageProbe.TryRead(bytes, out _, out var problem));
        Assert.Contains(expected, problem);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0xFF;
        return copy;
    }

    internal static byte[] Png(int width, int height, (string Type, byte[] Data)? extra = null, bool skipData = false, byte depth = 8)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = depth;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        if (extra is { } chunk)
        {
            Chunk(png, chunk.Type, chunk.Data);
        }
        if (!skipData)
        {
            Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
