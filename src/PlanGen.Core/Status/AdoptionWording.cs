using System.Globalization;
using PlanGen.Core.Binding;
using PlanGen.Core.Model;

namespace PlanGen.Core.Status;

/// <summary>
/// The step an adoption records and its Dutch sentence for the cover and the adoption table:
/// the MR consents ("Instemming van de medezeggenschapsraad"), the director or board adopts
/// ("Vastgesteld door het bestuur"), the board takes note ("Ter kennisname aan het bestuur"),
/// the team discusses ("Besproken met het team").
/// </summary>
public static class AdoptionWording
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>From <c>toelichting:</c> when it names a step, else from the body.</summary>
    public static AdoptionStep StepOf(Adoption adoption)
    {
        var note = adoption.Toelichting?.Trim().ToLowerInvariant() ?? "";
        if (note.Contains("kennisname") || note.Contains("kennis genomen"))
        {
            return AdoptionStep.Kennisname;
        }
        if (note.Contains("instem"))
        {
            return AdoptionStep.Instemming;
        }
        if (note.Contains("advies") || note.Contains("adviseer"))
        {
            return AdoptionStep.Advies;
        }
        if (note.Contains("vastgesteld") || note.Contains("vaststelling"))
        {
            return AdoptionStep.Vastgesteld;
        }
        return adoption.Orgaan switch
        {
            "mr" => AdoptionStep.Instemming,
            "team" or "leerlingenraad" or "ouderraad" => AdoptionStep.Besproken,
            _ => AdoptionStep.Vastgesteld,
        };
    }

    /// <summary>Counts as adopting the plan: adopted, or consented by the MR (what the example schools record).</summary>
    public static bool Adopts(Adoption adoption) => StepOf(adoption) is AdoptionStep.Vastgesteld or AdoptionStep.Instemming;

    /// <summary>"Instemming van de medezeggenschapsraad op 15 september 2025 (versie 1.0)".</summary>
    public static string Sentence(Adoption adoption) =>
        $"{StepPhrase(adoption)} op {Date(adoption.Datum)}" + (string.IsNullOrWhiteSpace(adoption.Versie) ? "" : $" (versie {adoption.Versie.Trim()})");

    /// <summary>"Instemming van de medezeggenschapsraad", "Vastgesteld door de directeur", "Ter kennisname aan het bestuur".</summary>
    public static string StepPhrase(Adoption adoption)
    {
        var body = Vocabularies.Label(adoption.Orgaan);
        return StepOf(adoption) switch
        {
            AdoptionStep.Instemming => $"Instemming van {body}",
            AdoptionStep.Advies => $"Advies van {body}",
            AdoptionStep.Kennisname => $"Ter kennisname aan {body}",
            AdoptionStep.Besproken => $"Besproken met {body}",
            _ => $"Vastgesteld door {body}",
        };
    }

    private static readonly HashSet<string> StepWords = ["instemming", "kennisname", "ter kennisname", "advies", "vastgesteld", "vaststelling", "besproken"];

    /// <summary>The <c>toelichting:</c> when it says more than the step itself ("instemming" is already in the step); else null.</summary>
    public static string? ExtraNote(Adoption adoption) =>
        adoption.Toelichting?.Trim() is { Length: > 0 } note && !StepWords.Contains(note.ToLowerInvariant().TrimEnd('.')) ? note : null;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
