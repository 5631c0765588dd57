using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using PlanGen.Document.Fonts;

namespace PlanGen.Pdf.Text;

/// <summary>
/// The faces a document is set in, from the shared font files of PlanGen.Document (<see cref="FontFiles"/>:
/// Noto Sans, Liberation Sans for Arial, Carlito for Calibri, or the board's own file). Each file becomes
/// one <see cref="FontFace"/> per process (HarfBuzz face and shaping cache kept). No system font is ever
/// consulted, so every machine lays out alike.
/// </summary>
/// <remarks>
/// The document's family is ambient (<see cref="Use"/>) rather than passed to every TextStyle: every
/// composer, including the card's, then sets its text in the board's font without knowing about it.
/// </remarks>
internal static class FontLibrary
{
    // By reference first, then by content, so a board's file read again for each school still gets
    // the one face (HarfBuzz's native copy of a face is never freed).
    private static readonly ConditionalWeakTable<byte[], FontFace> Faces = [];
    private static readonly Dictionary<string, FontFace> ByContent = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<FontFace[]?> Current = new();
    private static readonly Lazy<FontFace[]> Default = new(() => Load(FontFiles.For(null)));

    public static FontFace Regular => Get(false, false);

    /// <summary>The document's four faces (regular, bold, italic, bold italic).</summary>
    public static FontFace[] Document => Current.Value ?? Default.Value;

    /// <summary>A face of the document being written (Noto Sans outside <see cref="Use"/>).</summary>
    public static FontFace Get(bool bold, bool italic) => Document[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>Sets the document's family until the returned scope is disposed.</summary>
    public static IDisposable Use(FontFamilyFiles family)
    {
        var previous = Current.Value;
        Current.Value = Load(family);
        return new Scope(() => Current.Value = previous);
    }

    private static FontFace[] Load(FontFamilyFiles family) =>
        [Load(family.Regular), Load(family.Bold), Load(family.Italic), Load(family.BoldItalic)];

    private static FontFace Load(FontFile file)
    {
        lock (Faces)
        {
            if (!Faces.TryGetValue(file.Bytes, out var face))
            {
                var key = file.Name + ":" + Convert.ToHexString(SHA256.HashData(file.Bytes));
                if (!ByContent.TryGetValue(key, out face))
                {
                    face = new FontFace(file.Name, file.Bytes);
                    ByContent[key] = face;
                }

                Faces.Add(file.Bytes, face);
            }

            return face;
        }
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
