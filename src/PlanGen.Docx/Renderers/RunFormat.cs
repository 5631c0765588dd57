using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Direct character formatting in effect while inlines are written: emphasis nests, and a few
/// places (table header, card blocks) add colour or size on top of the paragraph style.
/// </summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Strike = false,
    bool Code = false, string? Color = null, int? HalfPoints = null, string? CharacterStyle = null)
{
    public RunProperties? ToRunProperties()
    {
        if (this == default)
        {
            return null;
        }

        return new RunProperties
        {
            RunStyle = CharacterStyle is not null ? new RunStyle { Val = CharacterStyle }
                : Code ? new RunStyle { Val = Styling.StyleIds.Code } : null,
            Bold = Bold ? new Bold() : null,
            Italic = Italic ? new Italic() : null,
            Strike = Strike ? new Strike() : null,
            Color = Color is null ? null : new Color { Val = Color },
            FontSize = HalfPoints is null ? null : new FontSize { Val = $"{HalfPoints}" },
            FontSizeComplexScript = HalfPoints is null ? null : new FontSizeComplexScript { Val = $"{HalfPoints}" },
        };
    }
}
