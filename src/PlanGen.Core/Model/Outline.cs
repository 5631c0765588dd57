using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>
/// The school's own outline (indeling): its chapters in its own order and titles. Each chapter holds
/// built-in parts (onderdelen: the data PlanGen renders, such as rollen or protocollen) and/or its own
/// Markdown text and sections. Without an indeling the plan follows the classic eight-chapter model.
/// </summary>
public sealed class PlanOutline : ModelNode
{
    [Key("hoofdstukken", "De hoofdstukken van het plan, in deze volgorde.", Required = true)] public List<OutlineChapter> Hoofdstukken { get; set; } = [];
}

/// <summary>One chapter of the school's own outline: its text, then its parts, then its own sections.</summary>
public sealed class OutlineChapter : ModelNode
{
    [Key("titel", "Titel van het hoofdstuk.", Required = true, Example = "Gedrag en conflicten")] public string Titel { get; set; } = "";
    [Key("tekst", "Eigen tekst aan het begin van het hoofdstuk.", Markdown = true)] public string? Tekst { get; set; }
    [Key("onderdelen", "Vaste onderdelen die PlanGen uit de gegevens maakt, zoals visie, rollen, monitoring, protocollen, jaarplan.")] public List<OutlinePart> Onderdelen { get; set; } = [];
    [Key("paragrafen", "Eigen paragrafen met een titel en tekst.")] public List<OutlineSection> Paragrafen { get; set; } = [];
}

/// <summary>A built-in part placed in a chapter; a plain name is enough, a titel replaces the part's own heading.</summary>
[TextShorthand("onderdeel")]
public sealed class OutlinePart : ModelNode
{
    [Key("onderdeel", "Welk vast onderdeel.", Required = true, Vocabulary = Vocabularies.Parts)] public string Onderdeel { get; set; } = "";
    [Key("titel", "Eigen kop voor dit onderdeel (anders de standaardkop).")] public string? Titel { get; set; }
}

/// <summary>An own section (paragraaf) of a chapter or an appendix, with optional sub-sections.</summary>
public sealed class OutlineSection : ModelNode
{
    [Key("titel", "Titel van de paragraaf.", Required = true)] public string Titel { get; set; } = "";
    [Key("tekst", "De tekst van de paragraaf.", Markdown = true)] public string? Tekst { get; set; }
    [Key("paragrafen", "Subparagrafen (een niveau dieper).")] public List<OutlineSection> Paragrafen { get; set; } = [];
}
