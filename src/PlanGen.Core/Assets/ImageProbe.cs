using System.Buffers.Binary;
using System.IO.Hashing;

namespace PlanGen.Core.Assets;

/// <summary>What a logo is, read from its header: media type, size in pixels and resolution (null when the file does not say).</summary>
internal sealed record ImageInfo(string MediaType, int Width, int Height, double? DpiX, double? DpiY)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Checks a PNG or JPEG before any image library sees it: the structure (every PNG chunk's CRC, the JPEG
/// segments up to the image data and its end marker) and the size in pixels. A native decoder may abort the
/// whole process on a "PNG bomb" (a small file of 60000x60000 pixels); no such file gets past this probe.
/// Nothing is decompressed. Problems are in Dutch, for the logo's line in the YAML.
/// </summary>
internal static class ImageProbe
{
    /// <summary>Widest or highest image accepted (a logo needs a few hundred pixels).</summary>
    public const int MaxSide = 20_000;

    /// <summary>Most pixels accepted: 40 million (160 MB once decoded).</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Files above this get a warning: every HTML page and document carries the logo.</summary>
    public const long WarnBytes = 2 * 1024 * 1024;

    /// <summary>Files above this are refused (and not read).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(ReadOnlySpan<byte> bytes, out ImageInfo info, out string problem)
    {
        info = new ImageInfo("", 0, 0, null, null);
        problem = bytes switch
        {
            { Length: 0 } => "het logo is een leeg bestand",
            _ when bytes.StartsWith(PngSignature) => ReadPng(bytes, out info),
            [0xFF, 0xD8, 0xFF, ..] => ReadJpeg(bytes, out info),
            _ => "het logo is geen PNG- of JPEG-afbeelding (de inhoud van het bestand klopt niet bij een afbeelding)",
        } ?? Dimensions(info) ?? "";
        return problem.Length == 0;
    }

    private static string? Dimensions(ImageInfo info)
    {
        if (info.Width <= 0 || info.Height <= 0)
        {
            return "het logo heeft geen breedte of hoogte";
        }
        if (info.Width > MaxSide || info.Height > MaxSide || info.Pixels > MaxPixels)
        {
            return $"het logo is {info.Width} x {info.Height} beeldpunten; dat is te groot (maximaal {MaxSide} per zijde en {MaxPixels / 1_000_000} miljoen in totaal)";
        }
        return null;
    }

    private static string? ReadPng(ReadOnlySpan<byte> bytes, out ImageInfo info)
    {
        info = new ImageInfo("image/png", 0, 0, null, null);
        const string broken = "het PNG-bestand van het logo is beschadigd of afgebroken";
        var at = PngSignature.Length;
        var (seenData, first) = (false, true);
        double? dpiX = null, dpiY = null;
        while (true)
        {
            if (at + 12 > bytes.Length)
            {
                return broken + " (het einde ontbreekt)";
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > bytes.Length)
            {
                return broken + " (het einde ontbreekt)";
            }
            var type = bytes.Slice(at + 4, 4);
            var data = bytes.Slice(at + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes[(at + 8 + (int)length)..]);
            if (Crc32.HashToUInt32(bytes.Slice(at + 4, 4 + (int)length)) != crc)
            {
                return broken + " (een controlegetal klopt niet)";
            }
            var name = System.Text.Encoding.ASCII.GetString(type);
            if (first && (name != "IHDR" || length != 13))
            {
                return broken + " (de kop ontbreekt)";
            }
            switch (name)
            {
                case "IHDR":
                    info = info with { Width = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data)), Height = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..])) };
                    if (!ValidPngFormat(data[8], data[9]) || data[10] != 0 || data[11] != 0 || data[12] > 1)
                    {
                        return broken + " (onbekende kleur- of compressiesoort)";
                    }
                    break;
                case "pHYs" when length == 9 && data[8] == 1:
                    // Pixels per metre.
                    dpiX = Math.Round(BinaryPrimitives.ReadUInt32BigEndian(data) * 0.0254, 1);
                    dpiY = Math.Round(BinaryPrimitives.ReadUInt32BigEndian(data[4..]) * 0.0254, 1);
                    break;
                case "IDAT":
                    seenData = true;
                    break;
                case "IEND":
                    info = info with { DpiX = dpiX, DpiY = dpiY };
                    return seenData ? null : broken + " (er staan geen beeldgegevens in)";
            }
            first = false;
            at += 12 + (int)length;
        }
    }

    /// <summary>The bit depths the PNG specification allows per colour type.</summary>
    private static bool ValidPngFormat(byte depth, byte colourType) => colourType switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => depth is 8 or 16,
        _ => false,
    };

    private static string? ReadJpeg(ReadOnlySpan<byte> bytes, out ImageInfo info)
    {
        info = new ImageInfo("image/jpeg", 0, 0, null, null);
        const string broken = "het JPEG-bestand van het logo is beschadigd of afgebroken";
        var at = 2;
        var seenFrame = false;
        while (true)
        {
            if (at + 4 > bytes.Length || bytes[at] != 0xFF)
            {
                return broken + " (het einde ontbreekt)";
            }
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a length
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                return broken + " (het einde ontbreekt)";
            }
            var segment = bytes.Slice(at + 4, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (segment.Length < 6)
                {
                    return broken + " (de kop is te kort)";
                }
                info = info with { Height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), Width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]) };
                seenFrame = true;
            }
            else if (marker == 0xE0 && segment.Length >= 12 && segment.StartsWith("JFIF\0"u8))
            {
                var unit = segment[7];
                var (x, y) = (BinaryPrimitives.ReadUInt16BigEndian(segment[8..]), BinaryPrimitives.ReadUInt16BigEndian(segment[10..]));
                info = unit switch
                {
                    1 => info with { DpiX = x, DpiY = y },
                    2 => info with { DpiX = Math.Round(x * 2.54, 1), DpiY = Math.Round(y * 2.54, 1) },
                    _ => info,
                };
            }
            else if (marker == 0xDA)
            {
                // Start of scan: the compressed data runs to the end-of-image marker, which must be there.
                if (!seenFrame)
                {
                    return broken + " (de kop met de afmetingen ontbreekt)";
                }
                var rest = bytes[(at + 2 + length)..];
                return rest.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? null : broken + " (het einde ontbreekt)";
            }
            else if (marker == 0xD9)
            {
                return broken + " (er staan geen beeldgegevens in)";
            }
            at += 2 + length;
        }
    }
}
