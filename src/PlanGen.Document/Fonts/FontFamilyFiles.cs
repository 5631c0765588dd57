namespace PlanGen.Document.Fonts;

/// <summary>One face of a family: its PostScript-style name (e.g. "LiberationSans-Bold") and the font file's bytes.</summary>
/// <remarks>The bytes are shared by every caller in the process: read them, never change them.</remarks>
public sealed record FontFile(string Name, byte[] Bytes);

/// <summary>
/// The four faces of one font family as shipped in this assembly (or the board's own file for all four),
/// with its licence. <see cref="Family"/> is the family's own name ("Liberation Sans"); <see cref="Requested"/>
/// what the board asked for ("Arial"), so a writer can name either.
/// </summary>
/// <param name="Family">The family whose files these are, e.g. "Liberation Sans", "Carlito", "Noto Sans".</param>
/// <param name="Requested">The board's lettertype as written, or null when none was given.</param>
/// <param name="IsSubstitute">True when <see cref="Family"/> stands in for a different (metric-compatible) family, e.g. Liberation Sans for Arial.</param>
/// <param name="IsFallback">True when the board named a font PlanGen does not ship (Noto Sans is used instead).</param>
/// <param name="Licence">Short licence note, e.g. "SIL Open Font License 1.1".</param>
/// <param name="LicenceText">The full licence file shipped beside the fonts.</param>
/// <param name="Embeddable">False when the font's OS/2 table forbids embedding (only for a board's own file).</param>
public sealed record FontFamilyFiles(
    string Family,
    string? Requested,
    FontFile Regular,
    FontFile Bold,
    FontFile Italic,
    FontFile BoldItalic,
    bool IsSubstitute,
    bool IsFallback,
    string Licence,
    string LicenceText,
    bool Embeddable = true)
{
    public FontFile Face(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => Regular,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => BoldItalic,
    };

    /// <summary>Regular, bold, italic, bold italic (the board's own file may stand for all four).</summary>
    public IReadOnlyList<FontFile> Faces => [Regular, Bold, Italic, BoldItalic];
}
