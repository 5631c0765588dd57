namespace PlanGen.Document.Fonts;

/// <summary>
/// The board's own font file (huisstijl: lettertype_bestand), read and checked once by Core
/// (<see cref="FontProbe"/>). A writer uses these bytes; it never opens the file itself.
/// </summary>
/// <param name="Bytes">The TrueType/OpenType file.</param>
/// <param name="FileName">The file's name as the board wrote it, for messages and the PDF font name.</param>
/// <param name="Family">The family name from the font's name table, e.g. "Huisletter".</param>
/// <param name="PostScriptName">Its PostScript name (name id 6), safe for a PDF name, e.g. "Huisletter-Regular".</param>
/// <param name="Embeddable">False when the OS/2 table says the font may not be embedded.</param>
public sealed record FontAsset(byte[] Bytes, string FileName, string Family, string PostScriptName, bool Embeddable = true);
