using System.Buffers.Binary;
using System.IO.Compression;
using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Serialiser.Images;

/// <summary>
/// Reads a PNG for embedding. An opaque 8-bit grey or RGB image passes its compressed data through
/// unchanged (PDF knows PNG's row filters as predictor 15); anything else (palette, alpha, other
/// bit depths) is decoded to 8-bit pixels with the alpha split off as a soft mask. Interlaced PNGs
/// are not supported (null), like any file that is not a valid PNG.
/// </summary>
internal static class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static RasterImage? Read(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }

        int width = 0, height = 0, depth = 0, type = -1, interlace = 0;
        byte[] palette = [], transparency = [];
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var tag = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (length < 0 || at + 12 + length > bytes.Length)
            {
                return null;
            }

            var data = bytes.AsSpan(at + 8, length);
            switch (tag)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    depth = data[8];
                    type = data[9];
                    interlace = data[12];
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            at += 12 + length;
            if (tag == "IEND")
            {
                break;
            }
        }

        if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000 || interlace != 0 || type is not (0 or 2 or 3 or 4 or 6))
        {
            return null;
        }

        if (depth == 8 && type is 0 or 2 && transparency.Length == 0)
        {
            var colours = type == 0 ? 1 : 3;
            return new RasterImage
            {
                Width = width,
                Height = height,
                ColorSpace = colours == 1 ? "DeviceGray" : "DeviceRGB",
                Filter = "FlateDecode",
                Data = idat.ToArray(),
                DecodeParms = $"<</Predictor 15 /Colors {colours} /BitsPerComponent 8 /Columns {width}>>",
            };
        }

        return Decode(idat.ToArray(), width, height, depth, type, palette, transparency);
    }

    private static RasterImage? Decode(byte[] compressed, int width, int height, int depth, int type, byte[] palette, byte[] transparency)
    {
        var channels = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var bitsPerPixel = channels * depth;
        var stride = ((width * bitsPerPixel) + 7) / 8;
        var raw = Inflate(compressed, (stride + 1) * height);
        if (raw is null)
        {
            return null;
        }

        var pixels = Unfilter(raw, stride, height, Math.Max(1, bitsPerPixel / 8));
        var grey = type is 0 or 4 && !(type == 0 && transparency.Length >= 2);
        var colourBytes = grey ? 1 : 3;
        var colour = new byte[width * height * colourBytes];
        var alpha = new byte[width * height];
        var hasAlpha = false;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, a) = Pixel(pixels, y * stride, x, depth, type, palette, transparency);
                var i = (y * width) + x;
                if (grey)
                {
                    colour[i] = r;
                }
                else
                {
                    colour[i * 3] = r;
                    colour[(i * 3) + 1] = g;
                    colour[(i * 3) + 2] = b;
                }

                alpha[i] = a;
                hasAlpha |= a != 255;
            }
        }

        return new RasterImage
        {
            Width = width,
            Height = height,
            ColorSpace = grey ? "DeviceGray" : "DeviceRGB",
            Filter = "FlateDecode",
            Data = PdfStreams.Deflate(colour),
            Alpha = hasAlpha ? PdfStreams.Deflate(alpha) : null,
        };
    }

    private static (byte R, byte G, byte B, byte A) Pixel(byte[] p, int row, int x, int depth, int type, byte[] palette, byte[] trns)
    {
        int Sample(int index)
        {
            if (depth == 16)
            {
                return p[row + (index * 2)];
            }

            if (depth == 8)
            {
                return p[row + index];
            }

            var bit = index * depth;
            var value = (p[row + (bit / 8)] >> (8 - depth - (bit % 8))) & ((1 << depth) - 1);
            return type == 3 ? value : value * 255 / ((1 << depth) - 1);
        }

        int RawSample(int index) => depth == 16 ? (p[row + (index * 2)] << 8) | p[row + (index * 2) + 1]
            : depth == 8 ? p[row + index] : (p[row + (index * depth / 8)] >> (8 - depth - (index * depth % 8))) & ((1 << depth) - 1);

        switch (type)
        {
            case 0:
            {
                var v = (byte)Sample(x);
                var a = trns.Length >= 2 && RawSample(x) == BinaryPrimitives.ReadUInt16BigEndian(trns) ? (byte)0 : (byte)255;
                return (v, v, v, a);
            }

            case 2:
            {
                byte r = (byte)Sample(x * 3), g = (byte)Sample((x * 3) + 1), b = (byte)Sample((x * 3) + 2);
                var a = trns.Length >= 6 && RawSample(x * 3) == BinaryPrimitives.ReadUInt16BigEndian(trns)
                    && RawSample((x * 3) + 1) == BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(2))
                    && RawSample((x * 3) + 2) == BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(4)) ? (byte)0 : (byte)255;
                return (r, g, b, a);
            }

            case 3:
            {
                var index = Sample(x);
                if ((index * 3) + 2 >= palette.Length)
                {
                    return (0, 0, 0, 255);
                }

                return (palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2], index < trns.Length ? trns[index] : (byte)255);
            }

            case 4:
            {
                var v = (byte)Sample(x * 2);
                return (v, v, v, (byte)Sample((x * 2) + 1));
            }

            default:
                return ((byte)Sample(x * 4), (byte)Sample((x * 4) + 1), (byte)Sample((x * 4) + 2), (byte)Sample((x * 4) + 3));
        }
    }

    private static byte[]? Inflate(byte[] compressed, int expected)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new byte[expected];
        var read = 0;
        while (read < expected)
        {
            var n = input.Read(output, read, expected - read);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return output;
    }

    /// <summary>Undoes PNG's per-row filters (none, sub, up, average, Paeth); returns the rows without filter bytes.</summary>
    private static byte[] Unfilter(byte[] raw, int stride, int height, int bpp)
    {
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = (y * (stride + 1)) + 1;
            var dst = y * stride;
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? result[dst + i - bpp] : 0;
                int b = y > 0 ? result[dst - stride + i] : 0;
                int c = i >= bpp && y > 0 ? result[dst - stride + i - bpp] : 0;
                var x = raw[src + i];
                result[dst + i] = filter switch
                {
                    1 => (byte)(x + a),
                    2 => (byte)(x + b),
                    3 => (byte)(x + ((a + b) / 2)),
                    4 => (byte)(x + Paeth(a, b, c)),
                    _ => x,
                };
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
