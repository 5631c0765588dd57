using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Layout;

/// <summary>
/// Word fields (PAGE, NUMPAGES, TOC, PAGEREF) as complex fields: begin, instruction, separate,
/// cached result, end. Word and LibreOffice recompute them; the cached text is what shows before that.
/// </summary>
internal static class Fields
{
    public static Run Begin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string instruction) =>
        new(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>A whole field in one go, for fields inside a single paragraph.</summary>
    public static IEnumerable<OpenXmlElement> Simple(string instruction, string cached)
    {
        yield return Begin();
        yield return Instruction(instruction);
        yield return Separate();
        yield return Text(cached);
        yield return End();
    }

    public static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
