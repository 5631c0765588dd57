using System.Security.Cryptography;
using System.Text;

namespace PlanGen.Pdf.Document;

/// <summary>
/// Skia seeds the PDF/A document and instance UUIDs (XMP and the trailer /ID) with the clock. This
/// replaces them, in place and at equal length so the xref table stays valid, with ids hashed
/// from the rest of the file: same content, same bytes.
/// </summary>
internal static class StableIds
{
    public static void Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ids = FindUuids(text);
        if (ids.Count == 0)
        {
            return;
        }

        var hash = SHA256.HashData(Blank(pdf, text, ids));
        for (var i = 0; i < ids.Count; i++)
        {
            var fresh = Convert.ToHexStringLower(hash, (i * 8) % 16, 16);
            Replace(pdf, text, ids[i], fresh);
            Replace(pdf, text, ids[i].ToUpperInvariant(), fresh.ToUpperInvariant());
        }
    }

    /// <summary>Distinct UUIDs from "uuid:xxxxxxxx-xxxx-..." in the XMP, as 32 lowercase hex digits.</summary>
    private static List<string> FindUuids(string text)
    {
        var result = new List<string>();
        for (var at = text.IndexOf("uuid:", StringComparison.Ordinal); at >= 0 && at + 41 <= text.Length; at = text.IndexOf("uuid:", at + 5, StringComparison.Ordinal))
        {
            var hex = text.Substring(at + 5, 36).Replace("-", "", StringComparison.Ordinal);
            if (hex.Length == 32 && !result.Contains(hex))
            {
                result.Add(hex);
            }
        }

        return result;
    }

    private static byte[] Blank(byte[] pdf, string text, List<string> ids)
    {
        var copy = (byte[])pdf.Clone();
        foreach (var id in ids)
        {
            Replace(copy, text, id, new string('0', 32));
            Replace(copy, text, id.ToUpperInvariant(), new string('0', 32));
        }

        return copy;
    }

    /// <summary>Replaces a 32-digit id, also where it is written with hyphens (8-4-4-4-12).</summary>
    private static void Replace(byte[] pdf, string text, string id, string fresh)
    {
        ReplaceAll(pdf, text, id, fresh);
        ReplaceAll(pdf, text, Hyphenate(id), Hyphenate(fresh));
    }

    private static void ReplaceAll(byte[] pdf, string text, string from, string to)
    {
        var bytes = Encoding.Latin1.GetBytes(to);
        for (var at = text.IndexOf(from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(from, at + from.Length, StringComparison.Ordinal))
        {
            bytes.CopyTo(pdf, at);
        }
    }

    private static string Hyphenate(string hex) =>
        $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
}
