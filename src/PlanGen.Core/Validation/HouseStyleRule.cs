using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;

namespace PlanGen.Core.Validation;

/// <summary>The colour must be a colour, and logos must exist inside the repository and be PNG or JPEG.</summary>
public sealed partial class HouseStyleRule : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var style = school.Data.Huisstijl;
        if (style?.Kleur is { } colour && !ColourPattern().IsMatch(colour.Trim()))
        {
            diagnostics.Error(style.LocationOf("kleur"), Codes.BadValue, $"'{colour}' is geen kleur", "schrijf de kleur als #RRGGBB, bijvoorbeeld \"#1B5E20\" (met aanhalingstekens)");
        }
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
