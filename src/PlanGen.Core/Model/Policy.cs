using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>The safety policy's scope (WPO art. 4c lid 2): social, psychological and physical safety.</summary>
public sealed class SafetyPolicy : ModelNode
{
    [Key("reikwijdte", "Welke veiligheid het beleid omvat: sociaal, psychisch en fysiek.", Vocabulary = Vocabularies.Scopes)] public List<string> Reikwijdte { get; set; } = [];
    [Key("tekst", "Toelichting op het veiligheidsbeleid.", Markdown = true)] public string? Tekst { get; set; }
}

/// <summary>Employer duties under the Arbowet: a risk inventory (RI&amp;E) with its date.</summary>
public sealed class Arbo : ModelNode
{
    [Key("rie_datum", "Datum van de laatste risico-inventarisatie en -evaluatie (RI&E), JJJJ-MM-DD.", Example = "2024-03-01")] public DateOnly? RieDatum { get; set; }
    [Key("toelichting", "Toelichting.", Markdown = true)] public string? Toelichting { get; set; }
}
