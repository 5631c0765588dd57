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
    /// <summary>
    /// Rewrites the trailer /ID of Skia's output (the end of the file, so lengths may change) as
    /// hex of the XMP document UUID: a literal-string /ID varies in length from run to run, which
    /// equal-length replacement cannot make identical. Call before anything is appended.
    /// </summary>
    public static byte[] HexTrailerId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var at = trailer < 0 ? -1 : text.IndexOf("/ID [", trailer, StringComparison.Ordinal);
        var end = at < 0 ? -1 : ArrayEnd(text, at + 5);
        if (end < 0)
        {
            return pdf;
        }

        var uuid = FindUuids(text) is { Count: > 0 } ids ? ids[0].ToUpperInvariant() : new string('0', 32);
        return [.. pdf.AsSpan(0, at + 4), .. Encoding.Latin1.GetBytes($"[<{uuid}> <{uuid}>]"), .. pdf.AsSpan(end + 1)];
    }

    public static void Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        StabilizeLiteralIds(pdf, text);
        text = Encoding.Latin1.GetString(pdf);
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

    /// <summary>
    /// Skia writes the trailer /ID as a literal string "(...)" instead of hex when its random bytes
    /// happen to be mostly printable; the hex search above misses those. Each such string is overwritten
    /// in place, at equal length, with hex digits of a hash of the file without it.
    /// </summary>
    private static void StabilizeLiteralIds(byte[] pdf, string text)
    {
        var spans = new List<(int Start, int Length)>();
        for (var at = text.IndexOf("/ID [(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/ID [(", at + 6, StringComparison.Ordinal))
        {
            var open = at + 5;
            while (open < text.Length && text[open] == '(')
            {
                var end = LiteralEnd(text, open);
                if (end < 0)
                {
                    break;
                }
                spans.Add((open + 1, end - open - 1));
                open = end + 1;
                while (open < text.Length && text[open] == ' ')
                {
                    open++;
                }
            }
        }
        if (spans.Count == 0)
        {
            return;
        }
        var blank = (byte[])pdf.Clone();
        foreach (var (start, length) in spans)
        {
            Array.Fill(blank, (byte)'0', start, length);
        }
        var digits = Convert.ToHexStringLower(SHA256.HashData(blank));
        foreach (var (start, length) in spans)
        {
            for (var i = 0; i < length; i++)
            {
                pdf[start + i] = (byte)digits[i % digits.Length];
            }
        }
    }

    /// <summary>Index of the "]" closing an array of strings that starts at <paramref name="from"/>, or -1.</summary>
    private static int ArrayEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    i = LiteralEnd(text, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case ']':
                    return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the ")" closing the literal string that starts at <paramref name="open"/>, or -1.</summary>
    private static int LiteralEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '(': depth++; break;
                case ')' when --depth == 0: return i;
            }
        }
        return -1;
    }

    private static string Hyphenate(string hex) =>
        $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
}
