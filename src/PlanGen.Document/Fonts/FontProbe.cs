using System.Buffers.Binary;
using System.Text;

namespace PlanGen.Document.Fonts;

/// <summary>
/// Checks a board's font file before any writer sees it: a TrueType-outline font (TTF, or OTF with
/// glyf outlines) whose table directory, head, maxp and Unicode cmap are sound and whose OS/2 table
/// allows embedding. Every problem is a short Dutch sentence for the PG diagnostic.
/// </summary>
public static class FontProbe
{
    /// <summary>Larger files are refused (a text face is 0.1-2 MB; CJK fonts reach 20 MB).</summary>
    public const long MaxBytes = 30L * 1024 * 1024;

    private static readonly string[] Required = ["cmap", "head", "hhea", "hmtx", "maxp", "glyf", "loca"];

    public static bool TryRead(byte[] bytes, string fileName, out FontAsset? font, out string? problem)
    {
        font = null;
        problem = Check(bytes, out var tables);
        if (problem is not null)
        {
            return false;
        }

        var (family, postScript) = Names(bytes, tables);
        family ??= Path.GetFileNameWithoutExtension(fileName);
        postScript = SafeName(postScript ?? family);
        if (postScript.Length == 0)
        {
            postScript = "Huisletter";
        }

        font = new FontAsset(bytes, fileName, family, postScript, !FontLicence.Of(bytes).Restricted);
        if (!font.Embeddable)
        {
            problem = "de maker van dit lettertype staat niet toe dat het in documenten wordt ingesloten (OS/2 fsType)";
            font = null;
            return false;
        }

        return true;
    }

    private static string? Check(byte[] bytes, out Dictionary<string, (int Offset, int Length)> tables)
    {
        tables = [];
        if (bytes.Length < 12)
        {
            return "het bestand is te klein voor een lettertype";
        }

        if (bytes.Length > MaxBytes)
        {
            return $"het lettertype is groter dan {MaxBytes / (1024 * 1024)} MB";
        }

        var tag = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        switch (tag)
        {
            case 0x00010000 or 0x74727565: // TrueType ("true" on old Apple fonts)
                break;
            case 0x4F54544F: // "OTTO"
                return "dit is een OpenType-lettertype met PostScript-contouren (CFF); gebruik de TrueType-versie (.ttf)";
            case 0x74746366: // "ttcf"
                return "dit is een lettertypeverzameling (.ttc); gebruik één lettertype (.ttf)";
            case 0x774F4646 or 0x774F4632: // "wOFF", "wOF2"
                return "dit is een weblettertype (WOFF); gebruik het .ttf-bestand";
            default:
                return "het bestand is geen TTF- of OTF-lettertype";
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        if (count == 0 || 12 + (count * 16) > bytes.Length)
        {
            return "de tabellenlijst van het lettertype is afgebroken";
        }

        for (var i = 0; i < count; i++)
        {
            var record = bytes.AsSpan(12 + (i * 16), 16);
            var name = Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (ulong)length > (ulong)bytes.Length)
            {
                return $"de tabel '{name.Trim()}' valt buiten het bestand (afgebroken of beschadigd)";
            }

            tables[name] = ((int)offset, (int)length);
        }

        foreach (var name in Required)
        {
            if (!tables.ContainsKey(name))
            {
                return $"het lettertype mist de tabel '{name}'";
            }
        }

        var head = tables["head"];
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(head.Offset + 12)) != 0x5F0F3CF5)
        {
            return "de kop (head-tabel) van het lettertype is beschadigd";
        }

        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(head.Offset + 18));
        if (unitsPerEm is < 16 or > 16384)
        {
            return "de kop (head-tabel) van het lettertype is beschadigd";
        }

        var maxp = tables["maxp"];
        if (maxp.Length < 6 || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(maxp.Offset + 4)) < 2)
        {
            return "het lettertype bevat geen tekens";
        }

        return HasUnicodeCmap(bytes, tables["cmap"]) ? null : "het lettertype heeft geen Unicode-tekentabel (cmap)";
    }

    private static bool HasUnicodeCmap(byte[] bytes, (int Offset, int Length) cmap)
    {
        if (cmap.Length < 4)
        {
            return false;
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(cmap.Offset + 2));
        for (var i = 0; i < count && 4 + (i * 8) + 8 <= cmap.Length; i++)
        {
            var record = bytes.AsSpan(cmap.Offset + 4 + (i * 8));
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            if (platform == 0 || (platform == 3 && encoding is 1 or 10))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Family (name id 16, else 1) and PostScript name (id 6), Windows Unicode or Mac Roman records.</summary>
    private static (string? Family, string? PostScript) Names(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables)
    {
        if (!tables.TryGetValue("name", out var table) || table.Length < 6)
        {
            return (null, null);
        }

        var span = bytes.AsSpan(table.Offset, table.Length);
        int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var found = new Dictionary<int, string>();
        for (var i = 0; i < count && 6 + (i * 12) + 12 <= span.Length; i++)
        {
            var record = span.Slice(6 + (i * 12), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id is not (1 or 6 or 16) || storage + offset + length > span.Length || (found.ContainsKey(id) && platform != 3))
            {
                continue;
            }

            var raw = span.Slice(storage + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(raw) : Encoding.Latin1.GetString(raw);
            if (text.Trim().Length > 0)
            {
                found[id] = text.Trim();
            }
        }

        return (found.GetValueOrDefault(16) ?? found.GetValueOrDefault(1), found.GetValueOrDefault(6));
    }

    /// <summary>Letters, digits and '-' only: a PDF name and a file name without surprises.</summary>
    private static string SafeName(string name) =>
        new(name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(60).ToArray());
}
