using PlanGen.Pdf.Rendering;

namespace PlanGen.Pdf.Serialiser.Images;

/// <summary>Reads a JPEG's size and colour components from its frame header; the bytes pass into the PDF unchanged.</summary>
internal static class JpegImage
{
    public static RasterImage? Read(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }

            var marker = bytes[at + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                at += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = (bytes[at + 2] << 8) | bytes[at + 3];
            // Start of frame (baseline, extended, progressive): precision, height, width, components.
            if (marker is 0xC0 or 0xC1 or 0xC2 && at + 9 < bytes.Length)
            {
                var height = (bytes[at + 5] << 8) | bytes[at + 6];
                var width = (bytes[at + 7] << 8) | bytes[at + 8];
                var components = bytes[at + 9];
                // CMYK is not allowed beside an sRGB output intent (PDF/A); such a logo is left out.
                return components is not (1 or 3) || width == 0 || height == 0 ? null : new RasterImage
                {
                    Width = width,
                    Height = height,
                    ColorSpace = components == 1 ? "DeviceGray" : "DeviceRGB",
                    Filter = "DCTDecode",
                    Data = bytes,
                };
            }

            at += 2 + length;
        }

        return null;
    }
}
