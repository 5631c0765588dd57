using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// settings.xml: no "update fields on open" prompt (the TOC's page numbers are pre-filled), open in
/// Word 2013+ mode rather than compatibility mode, Dutch number separators, and "fonts embedded"
/// when the font table carries them (Word keeps embedding on save; without w:embedSystemFonts it
/// leaves out common fonts such as Arial and Calibri, so a re-saved file does not grow).
/// </summary>
internal static class DocumentSettings
{
    // The schema fixes the order of these elements.
    public static Settings Build(string language, bool embedsFonts = false)
    {
        var settings = new Settings(
            new DefaultTabStop { Val = 709 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language },
            new DecimalSymbol { Val = "," },
            new ListSeparator { Val = ";" });
        if (embedsFonts)
        {
            settings.PrependChild(new EmbedTrueTypeFonts());
        }

        return settings;
    }
}
