using PlanGen.Core.Loading;
using PlanGen.Core.Model;

namespace PlanGen.Core.Status;

/// <summary>
/// Which school year an adoption belongs to: its <c>schooljaar:</c> when given, else the school year its
/// date falls in. An adoption belongs to exactly one school year and only shows in that year's documents.
/// </summary>
public static class AdoptionYear
{
    public static string Of(Adoption adoption) =>
        adoption.Schooljaar is { } year && !string.IsNullOrWhiteSpace(year) ? year.Trim() : Containing(adoption.Datum).ToString();

    /// <summary>The school year (1 August - 31 July) a date falls in.</summary>
    public static SchoolYear Containing(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>The adoptions recorded for one school year, oldest first.</summary>
    public static IReadOnlyList<Adoption> For(IEnumerable<Adoption> adoptions, string schoolYear) =>
        adoptions.Where(a => Of(a) == schoolYear).OrderBy(a => a.Datum).ToList();
}
