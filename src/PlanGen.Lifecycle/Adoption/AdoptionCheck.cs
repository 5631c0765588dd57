using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Loading;
using PlanGen.Core.Status;
using PlanGen.Core.Yaml;
using PlanGen.Lifecycle.Yaml;

namespace PlanGen.Lifecycle.Adoption;

/// <summary>
/// What <c>plangen vaststellen</c> checks before it writes: the same adoption must not be recorded twice,
/// and a date outside the school year it is recorded for is probably a typo (or an adoption in advance),
/// so the director hears about it.
/// </summary>
public static class AdoptionCheck
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// The line number of an entry already in school.yaml with the same body, date, school year (given, or
    /// that of the date) and version; null when there is none.
    /// </summary>
    public static int? Duplicate(string text, AdoptionEntry entry)
    {
        var root = EditableYaml.Root(text, "school.yaml");
        if (root.Get(AdoptionSplicer.Key) is not YSequence list)
        {
            return null;
        }
        var body = Body(entry.Orgaan);
        var year = entry.Schooljaar ?? AdoptionYear.Containing(entry.Datum).ToString();
        foreach (var item in list.Items.OfType<YMapping>())
        {
            if (!DateOnly.TryParseExact(Text(item, "datum"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date != entry.Datum)
            {
                continue;
            }
            var itemYear = Text(item, "schooljaar") ?? AdoptionYear.Containing(date).ToString();
            if (Text(item, "orgaan") is { } orgaan && Body(orgaan) == body && itemYear == year && Text(item, "versie") == Blank(entry.Versie))
            {
                return item.Location.Line;
            }
        }
        return null;
    }

    /// <summary>A Dutch warning when the date lies outside the school year the adoption is recorded for; else null.</summary>
    public static string? DateOutsideYear(AdoptionEntry entry)
    {
        if (entry.Schooljaar is not { } text || !SchoolYear.TryParse(text, out var year) || year.Contains(entry.Datum))
        {
            return null;
        }
        var date = entry.Datum.ToString("d MMMM yyyy", Dutch);
        return entry.Datum < year.FirstDay
            ? $"{date} ligt vóór schooljaar {year} (dat begint op 1 augustus {year.StartYear}); vastgelegd voor {year}, zoals bij vaststellen vooraf. Bedoelde je een ander jaar, geef dan --schooljaar"
            : $"{date} ligt na schooljaar {year} (dat eindigde op 31 juli {year.StartYear + 1}); vastgelegd voor {year}. Klopt de datum niet, zet hem dan goed in school.yaml, of geef --schooljaar";
    }

    private static string Body(string text) => Vocabularies.Find(Vocabularies.Bodies, text)?.Id ?? Vocabularies.Normalize(text);

    private static string? Text(YMapping item, string key) => item.Get(key) is YScalar { IsNull: false } scalar ? Blank(scalar.Value) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
