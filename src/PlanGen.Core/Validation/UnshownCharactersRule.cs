using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Document.Fonts;

namespace PlanGen.Core.Validation;

/// <summary>
/// Characters the PDF's font has no glyph for (Hebrew, Arabic, Chinese, emoji in the shipped fonts) are
/// left out of the PDF: a warning at the field naming them, so no text is lost without a word. Markdown,
/// Word and the website keep them (the reader's computer picks a font). Checked against the regular face
/// of the family the PDF uses: the shipped one for huisstijl: lettertype, or the board's own file.
/// </summary>
internal sealed class UnshownCharactersRule : IValidationRule
{
    private const int Shown = 8;

    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var family = FontFiles.For(school.Data.Huisstijl?.Lettertype, FontPaths.Read(school));
        var coverage = FontCoverage.Of(family.Regular);
        var seen = new HashSet<SourceLocation>();
        foreach (var field in TextFields.Of(school))
        {
            var missing = coverage.Missing(field.Text);
            if (missing.Count == 0 || !seen.Add(field.Location))
            {
                continue;
            }
            var named = string.Join(", ", missing.Take(Shown).Select(Name)) + (missing.Count > Shown ? $" en nog {missing.Count - Shown}" : "");
            diagnostics.Warning(field.Location, Codes.UnshownCharacters,
                $"{field.Key}: het lettertype van de PDF ({family.Family}) heeft geen teken voor {named}; in de PDF ontbreken die tekens",
                "Word, Markdown en de website tonen ze wel; schrijf de tekst zonder deze tekens, of zet een lettertype dat ze bevat in de map van het bestuur met huisstijl: lettertype_bestand");
        }
    }

    /// <summary>"ש (U+05E9)": the character itself and its code, so a reader can find it whatever their terminal shows.</summary>
    private static string Name(Rune rune) => $"{rune} (U+{rune.Value:X4})";
}
