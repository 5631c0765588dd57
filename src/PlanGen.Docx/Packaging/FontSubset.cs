using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// Cuts a face down to the characters a director may type in a Dutch document (Latin, Latin-1,
/// Latin Extended-A, punctuation, €, ™ and the like) plus every character the document already uses,
/// through HarfBuzz's hb-subset (exported by the HarfBuzzSharp native library, not wrapped by it).
/// Kerning and ligatures of the kept glyphs stay. Hinting goes: it only sharpens stems on Windows' GDI,
/// where Arial and Calibri are installed and the embedded face is not used, and it is 40% of the bytes.
/// </summary>
internal static class FontSubset
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;

    /// <summary>Code point ranges (inclusive) kept whatever the document contains.</summary>
    private static readonly (int First, int Last)[] Typed =
    [
        (0x0020, 0x007E), // Basic Latin
        (0x00A0, 0x017F), // Latin-1 Supplement, Latin Extended-A (ë, é, ï, ĳ, ł, ş ...)
        (0x0192, 0x0192), // ƒ (guilder)
        (0x0218, 0x021B), // Ș ș Ț ț
        (0x02C6, 0x02DD), // spacing accents
        (0x2000, 0x206F), // General Punctuation: dashes, quotes, bullets, no-break and zero-width spaces
        (0x20AC, 0x20AC), // €
        (0x2116, 0x2116), // №
        (0x2122, 0x2122), // ™
        (0x2190, 0x2193), // arrows
        (0x2212, 0x2212), // minus
        (0x2713, 0x2714), // check marks
        (0xFB01, 0xFB02), // fi fl
    ];

    /// <summary>True when <paramref name="codePoint"/> is in the ranges every subset keeps.</summary>
    public static bool IsTyped(int codePoint)
    {
        foreach (var (first, last) in Typed)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subset font file, or null when HarfBuzz cannot subset this face (then embed it whole).</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<int> documentCharacters)
    {
        var native = Marshal.AllocHGlobal(font.Length);
        Marshal.Copy(font, 0, native, font.Length);
        using var blob = new Blob(native, font.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        using var face = new Face(blob, 0);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            hb_subset_input_set_flags(input, NoHinting);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var (first, last) in Typed)
            {
                for (var c = first; c <= last; c++)
                {
                    hb_set_add(unicodes, (uint)c);
                }
            }

            foreach (var c in documentCharacters)
            {
                hb_set_add(unicodes, (uint)c);
            }

            return Extract(hb_subset_or_fail(face.Handle, input));
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static byte[]? Extract(IntPtr subset)
    {
        if (subset == IntPtr.Zero)
        {
            return null;
        }

        var subsetBlob = hb_face_reference_blob(subset);
        try
        {
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(subsetBlob);
            hb_face_destroy(subset);
        }
    }

#pragma warning disable SA1300, IDE1006 // native names
    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
#pragma warning restore SA1300, IDE1006
}
