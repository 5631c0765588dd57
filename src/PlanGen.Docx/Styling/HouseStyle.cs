using PlanGen.Document.Fonts;
using PlanGen.Document.Style;
using DocumentStyle = PlanGen.Document.Style.HouseStyle;

namespace PlanGen.Docx.Styling;

/// <summary>
/// The document's resolved house style (<see cref="DocumentStyle"/>) in Word's hex form. Text and
/// white-on-colour fills use the WCAG-checked strong shade, bodies the shared tint.
/// </summary>
/// <param name="Font">The family the DOCX names: the board's own file's family, else its lettertype, else Arial.</param>
/// <param name="Fonts">The faces PlanGen measures and embeds for <paramref name="Font"/> (Liberation Sans for Arial, Carlito for Calibri, the board's file).</param>
internal sealed record HouseStyle(string Accent, string AccentTint, string Font, FontFamilyFiles Fonts, DocumentStyle Source)
{
    // Arial is on every Word installation and has a metric twin (Liberation Sans) on Linux,
    // so page breaks look the same in Word and LibreOffice.
    public const string DefaultFont = "Arial";

    public static HouseStyle From(DocumentStyle style)
    {
        var font = style.FontFile?.Family ?? style.FontFamily ?? DefaultFont;
        return new(style.Accent.Strong.Hex, style.Accent.Tint.Hex, font, FontFiles.For(font, style.FontFile), style) { NewPagePerChapter = style.NewPagePerChapter };
    }

    /// <summary>Every chapter on a new page (huisstijl: nieuwe_pagina_per_hoofdstuk); default: chapters run on.</summary>
    public bool NewPagePerChapter { get; init; }

    /// <summary>The colours of a PDCA block (docs/markdown.md); visie and unknown phases take the board's own colour.</summary>
    public ColourSet Phase(Phase? phase) => Source.Phase(phase);
}
