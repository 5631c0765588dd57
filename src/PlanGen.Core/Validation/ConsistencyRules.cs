using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Files;
using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// Data that contradicts itself: groups outside groep 1-8, one person with two sets of contact
/// details, a bijlage that does not exist, an adoption that is missing, old, or without the MR.
/// </summary>
internal sealed partial class ConsistencyRules : IValidationRule
{
    public void Check(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        foreach (var (node, groups) in Groups(data))
        {
            if (groups is not null && Numbers().Matches(groups).Select(m => int.Parse(m.Value)).Any(n => n is < 1 or > 8))
            {
                diagnostics.Warning(node.LocationOf("groepen"), Codes.GroupsOutOfRange, $"'{groups}' noemt een groep buiten groep 1 tot en met 8",
                    "schrijf de groepen als 1-8, 5-8 of 7");
            }
        }
        foreach (var person in data.Rollen.Where(r => !string.IsNullOrWhiteSpace(r.Naam)).GroupBy(r => r.Naam.Trim()).Where(g => g.Count() > 1))
        {
            var first = person.First();
            foreach (var other in person.Skip(1))
            {
                if (Differs(first.Email, other.Email) || Differs(first.Telefoon, other.Telefoon))
                {
                    diagnostics.Warning(other.Location, Codes.ConflictingContact, $"{other.Naam} staat vaker onder rollen met andere contactgegevens (regel {first.Location.Line})",
                        "geef één persoon overal dezelfde gegevens, of zet de rollen in één regel: rol: [rol1, rol2]");
                }
            }
        }
        foreach (var attachment in data.Bijlagen.Where(b => b.Link is { } l && !l.Contains(':', StringComparison.Ordinal)))
        {
            var folder = attachment.Location.File.EndsWith("bestuur.yaml", StringComparison.Ordinal) ? school.BoardDirectory : school.SchoolDirectory;
            var full = Path.GetFullPath(Path.Combine(folder, attachment.Link!));
            if (!File.Exists(full))
            {
                diagnostics.Error(attachment.LocationOf("link"), Codes.MissingAttachment, $"de bijlage '{attachment.Link}' bestaat niet",
                    "zet het document naast school.yaml (of bestuur.yaml) of geef een webadres");
            }
            else if (SafeFile.Problem(full, [SafeFile.RootOf(school.BoardDirectory)]) is { } problem)
            {
                diagnostics.Error(attachment.LocationOf("link"), Codes.OutsideRepository, $"de bijlage '{attachment.Link}': {(problem == SafeFile.Outside ? "dit pad wijst (eventueel via een koppeling) naar een plek buiten de map van het bestuur" : problem)}",
                    "zet het document zelf in de map van de school of het bestuur, of geef een webadres");
            }
        }
        CheckAdoption(school, diagnostics);
    }

    private static void CheckAdoption(SchoolProject school, DiagnosticBag diagnostics)
    {
        var data = school.Data;
        var latest = school.Years.Select(y => SchoolYear.TryParse(y.Schooljaar, out var year) ? year.StartYear : (int?)null).Max();
        if (data.Vaststelling.Count == 0)
        {
            diagnostics.Warning(data.Location, Codes.AdoptionOutdated, "het plan is nog niet vastgesteld", "voeg vaststelling: toe met orgaan en datum");
            return;
        }
        // An unreadable date is already reported by the binder (PG0104).
        var last = data.Vaststelling.MaxBy(v => v.Datum)!;
        if (latest is { } start && last.Datum != default && last.Datum < new SchoolYear(start).FirstDay.AddYears(-1))
        {
            diagnostics.Warning(last.LocationOf("datum"), Codes.AdoptionOutdated, $"de laatste vaststelling ({last.Datum:yyyy-MM-dd}) is ouder dan het vorige schooljaar",
                "laat het plan opnieuw vaststellen en voeg die datum toe");
        }
        if (!data.Vaststelling.Any(v => v.Orgaan == "mr"))
        {
            diagnostics.Warning(data.LocationOf("vaststelling"), Codes.AdoptionOutdated, "de instemming of het advies van de MR is niet vastgelegd",
                "voeg onder vaststelling: een regel toe met orgaan: MR en de datum");
        }
    }

    private static bool Differs(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && !string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(ModelNode Node, string? Groups)> Groups(SchoolData data) =>
        data.Instrumenten.Select(i => ((ModelNode)i, i.Groepen)).Concat(data.Aanbod.Select(a => ((ModelNode)a, a.Groepen)));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
