using PlanGen.Core.Model;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Status;

/// <summary>
/// What a school year's plan is: a concept (with its version) until that school year has an adoption
/// (vastgesteld or instemming) of at least the plan's version. Computed from the data only, so every
/// writer and the site say the same.
/// </summary>
public sealed record PlanStatus(bool IsConcept, string Version, IReadOnlyList<Adoption> Adoptions)
{
    public static PlanStatus Of(SchoolData data, YearPlan plan)
    {
        var version = string.IsNullOrWhiteSpace(plan.Versie) ? "1.0" : plan.Versie.Trim();
        var adoptions = AdoptionYear.For(data.Vaststelling, plan.Schooljaar.Trim());
        var adopted = adoptions.Any(a => AdoptionWording.Adopts(a) && (string.IsNullOrWhiteSpace(a.Versie) || VersionOrder.Compare(a.Versie, version) >= 0));
        return new PlanStatus(!adopted, version, adoptions);
    }

    /// <summary>"Concept - versie 0.9" or "Vastgesteld - versie 1.0".</summary>
    public string Label => $"{(IsConcept ? "Concept" : "Vastgesteld")} \u2013 versie {Version}";

    /// <summary>"concept" or "vastgesteld", for front matter and the site.</summary>
    public string Name => IsConcept ? "concept" : "vastgesteld";

    /// <summary>The adoption sentences of this school year, oldest first.</summary>
    public IReadOnlyList<string> Sentences => Adoptions.Select(AdoptionWording.Sentence).ToList();

    /// <summary>The date of the adoption that made it vastgesteld (the latest adopting step); null for a concept.</summary>
    public DateOnly? AdoptedOn => IsConcept ? null : Adoptions.Where(AdoptionWording.Adopts).Max(a => a.Datum);
}
