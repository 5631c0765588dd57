using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Document.Fonts;

namespace PlanGen.Core.Validation;

/// <summary>The colour must be a colour, logos must exist inside the repository and be PNG or JPEG, and the font must be one PlanGen ships or a sound TTF beside bestuur.yaml.</summary>
internal sealed partial class HouseStyleRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var style = school.Data.Huisstijl;
        if (style?.Kleur is { } colour && !ColourPattern().IsMatch(colour.Trim()))
        {
            diagnostics.Error(style.LocationOf("kleur"), Codes.BadValue, $"'{colour}' is geen kleur", "schrijf de kleur als #RRGGBB, bijvoorbeeld \"#1B5E20\" (met aanhalingstekens)");
        }
        if (style?.Lettertype is { } font && style.LettertypeBestand is null && !FontFiles.IsKnown(font))
        {
            diagnostics.Warning(style.LocationOf("lettertype"), Codes.UnknownFont, $"lettertype '{font}' wordt niet meegeleverd; de PDF gebruikt Noto Sans",
                $"kies een van {string.Join(", ", FontFiles.KnownNames)}, of zet het lettertype zelf in de map van het bestuur met lettertype_bestand: fonts/<bestand>.ttf");
        }
        FontPaths.Check(school, diagnostics);
        if (school.Data.School.Logo is { } schoolLogo)
        {
            AssetPaths.Check(school.SchoolDirectory, schoolLogo, school.Data.School.LocationOf("logo"), diagnostics);
        }
        if (style?.Logo is { } boardLogo)
        {
            AssetPaths.Check(school.BoardDirectory, boardLogo, style.LocationOf("logo"), diagnostics);
        }
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}
