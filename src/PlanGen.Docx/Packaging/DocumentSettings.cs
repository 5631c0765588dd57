using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// settings.xml: no "update fields on open" prompt (the TOC's page numbers are pre-filled), open in
/// Word 2013+ mode rather than compatibility mode, and Dutch number separators.
/// </summary>
internal static class DocumentSettings
{
    // The schema fixes the order of these elements.
    public static Settings Build(string language) => new(
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
}
