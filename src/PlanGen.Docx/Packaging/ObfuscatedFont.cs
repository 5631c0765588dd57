using System.Security.Cryptography;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Font obfuscation of ECMA-376 part 1, 17.8.1: the first 32 bytes of the font file are XORed with
/// the 16 bytes of the font key GUID in reverse order of its hex digits. The key is derived from the
/// font bytes (SHA-256), so the same font gives the same key and the DOCX stays byte-identical.
/// </summary>
internal static class ObfuscatedFont
{
    /// <summary>The w:fontKey for these bytes, e.g. "{0A1B2C3D-...}".</summary>
    public static string KeyFor(byte[] font)
    {
        var hex = Convert.ToHexString(SHA256.HashData(font), 0, 16);
        return $"{{{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}}}";
    }

    /// <summary>Obfuscates (or, applied again, restores) a font with a w:fontKey.</summary>
    public static byte[] Apply(byte[] font, string fontKey)
    {
        var key = Key(fontKey);
        var result = (byte[])font.Clone();
        for (var i = 0; i < Math.Min(32, result.Length); i++)
        {
            result[i] ^= key[i % 16];
        }

        return result;
    }

    private static byte[] Key(string fontKey)
    {
        var hex = fontKey.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var bytes = Convert.FromHexString(hex);
        Array.Reverse(bytes);
        return bytes;
    }
}
