using System.Buffers.Binary;

using PlanGen.Document;

namespace PlanGen.Core.Output;

/// <summary>
/// Reads the logo once for all writers: the file's bytes with the pixel size and resolution of a
/// PNG or JPEG from its header; the type comes from the bytes, not the file name. Null when there
/// is no logo or it is not a readable PNG/JPEG (validation reports that; the documents are still useful).
/// </summary>
public static class LogoReader
{
    private const double DefaultDpi = 96;

    public static LogoAsset? Read(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return Probe(bytes) is { } image
            ? new LogoAsset(bytes, image.IsPng ? "image/png" : "image/jpeg", image.Width, image.Height, image.DpiX, image.DpiY)
            : null;
    }

    private sealed record ImageInfo(bool IsPng, int Width, int Height, double DpiX, double DpiY);

    private static ImageInfo? Probe(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? ReadPng(data)
        : data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]) ? ReadJpeg(data)
        : null;

    private static ImageInfo? ReadPng(ReadOnlySpan<byte> data)
    {
        if (data.Length < 24)
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[20..]);
        double dpiX = DefaultDpi, dpiY = DefaultDpi;

        // Walk the chunks for pHYs (pixels per metre); stop at the image data.
        for (var offset = 8; offset + 8 <= data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[offset..]);
            var type = data.Slice(offset + 4, 4);
            if (type.SequenceEqual("IDAT"u8) || length < 0 || offset + 12 + length > data.Length)
            {
                break;
            }

            if (type.SequenceEqual("pHYs"u8) && length >= 9 && data[offset + 16] == 1)
            {
                dpiX = BinaryPrimitives.ReadUInt32BigEndian(data[(offset + 8)..]) * 0.0254;
                dpiY = BinaryPrimitives.ReadUInt32BigEndian(data[(offset + 12)..]) * 0.0254;
            }

            offset += 12 + length;
        }

        return Valid(new ImageInfo(true, width, height, dpiX, dpiY));
    }

    private static ImageInfo? ReadJpeg(ReadOnlySpan<byte> data)
    {
        double dpiX = DefaultDpi, dpiY = DefaultDpi;
        for (var offset = 2; offset + 9 < data.Length;)
        {
            if (data[offset] != 0xFF)
            {
                return null;
            }

            var marker = data[offset + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            if (marker == 0xE0 && length >= 14 && data.Slice(offset + 4, 5).SequenceEqual("JFIF\0"u8) && data[offset + 11] == 1)
            {
                dpiX = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 12)..]);
                dpiY = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 14)..]);
            }

            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 7)..]);
                return Valid(new ImageInfo(false, width, height, dpiX, dpiY));
            }

            offset += 2 + length;
        }

        return null;
    }

    private static ImageInfo? Valid(ImageInfo info) =>
        info.Width > 0 && info.Height > 0
            ? info with { DpiX = info.DpiX is > 10 and < 5000 ? info.DpiX : DefaultDpi, DpiY = info.DpiY is > 10 and < 5000 ? info.DpiY : DefaultDpi }
            : null;
}
