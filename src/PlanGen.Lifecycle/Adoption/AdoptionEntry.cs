namespace PlanGen.Lifecycle.Adoption;

/// <summary>One new line in the adoption record: who adopted which version when, and what changed.</summary>
public sealed record AdoptionEntry(string Orgaan, DateOnly Datum, string? Versie, string? Schooljaar, string? Toelichting, IReadOnlyList<string> Wijzigingen);
