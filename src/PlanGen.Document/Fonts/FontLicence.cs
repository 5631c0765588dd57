using System.Buffers.Binary;
using System.Text;

namespace PlanGen.Document.Fonts;

/// <summary>
/// What a font's maker allows a document to do with it: the OS/2 table's fsType (OpenType spec,
/// "OS/2 fsType"). A font without an OS/2 table counts as installable (fsType 0).
/// </summary>
/// <param name="FsType">The raw bits.</param>
public readonly record struct FontLicence(ushort FsType)
{
    /// <summary>Bits 0-3 equal to 2: the font may not be embedded at all.</summary>
    public bool Restricted => (FsType & 0x000F) == 0x0002;

    /// <summary>Bit 2 without bit 3: embedded only for viewing and printing (Word then opens the document read-only).</summary>
    public bool PreviewAndPrintOnly => (FsType & 0x000C) == 0x0004;

    /// <summary>Bit 8: only the whole font may be embedded.</summary>
    public bool NoSubsetting => (FsType & 0x0100) != 0;

    /// <summary>Bit 9: only bitmaps may be embedded (no outlines).</summary>
    public bool BitmapOnly => (FsType & 0x0200) != 0;

    /// <summary>May be embedded in a document the reader can edit (installable or editable, outlines allowed).</summary>
    public bool EditableEmbedding => !Restricted && !PreviewAndPrintOnly && !BitmapOnly;

    public static FontLicence Of(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        if (font.Length < 12)
        {
            return default;
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count && 12 + (i * 16) + 16 <= font.Length; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            if (Encoding.ASCII.GetString(record[..4]) != "OS/2")
            {
                continue;
            }

            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            return length >= 10 && offset + 10UL <= (ulong)font.Length
                ? new FontLicence(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan((int)offset + 8)))
                : default;
        }

        return default;
    }
}
