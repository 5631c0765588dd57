using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>A monitoring instrument: who fills it in, which groups, how often, in which months.</summary>
public sealed class Instrument : ModelNode
{
    [Key("naam", "Naam van het instrument.", Required = true, Example = "KanVAS leerlingvragenlijst")] public string Naam { get; set; } = "";
    [Key("aanbieder", "Aanbieder, bijvoorbeeld Kanjertraining, KiVa, Vensters, WMK, ZIEN!.")] public string? Aanbieder { get; set; }
    [Key("soort", "Soort instrument.", Vocabulary = Vocabularies.InstrumentKinds)] public string? Soort { get; set; }
    [Key("invullers", "Wie het invult.", Vocabulary = Vocabularies.Audiences)] public List<string> Invullers { get; set; } = [];
    [Key("groepen", "Welke groepen, bijvoorbeeld 5-8.", Example = "5-8")] public string? Groepen { get; set; }
    [Key("per_jaar", "Hoe vaak per schooljaar.", Example = "2")] public int? PerJaar { get; set; }
    [Key("frequentie", "Hoe vaak, in woorden: 3 keer per jaar, eens per jaar, eens per twee jaar, eens per vier jaar.", Example = "eens per twee jaar")] public string? Frequentie { get; set; }
    [Key("vanaf", "Bij eens per twee (of meer) jaar: het schooljaar van een afname, bijvoorbeeld 2025-2026.", Example = "2025-2026")] public string? Vanaf { get; set; }
    [Key("maanden", "In welke maanden.", Vocabulary = Vocabularies.Months)] public List<string> Maanden { get; set; } = [];
    [Key("sociale_veiligheid", "Meet dit instrument de sociale veiligheid van leerlingen (de jaarlijkse monitor)?")] public bool SocialeVeiligheid { get; set; }
    [Key("toestemming_levering", "Is toestemming vastgelegd om de resultaten aan de Inspectie te leveren (via de aanbieder)?")] public bool ToestemmingLevering { get; set; }
    [Key("toelichting", "Hoe de school de resultaten gebruikt.", Markdown = true)] public string? Toelichting { get; set; }
}

/// <summary>A programme, method or training the school offers.</summary>
public sealed class Programme : ModelNode
{
    [Key("naam", "Naam van het programma of de methode.", Required = true, Example = "Kanjertraining")] public string Naam { get; set; } = "";
    [Key("groepen", "Voor welke groepen.")] public string? Groepen { get; set; }
    [Key("frequentie", "Hoe vaak.")] public string? Frequentie { get; set; }
    [Key("toelichting", "Wat het is en waarom de school het gebruikt.", Markdown = true)] public string? Toelichting { get; set; }
}

public sealed class IncidentRegistration : ModelNode
{
    [Key("systeem", "Waar incidenten worden geregistreerd.", Example = "het leerlingvolgsysteem")] public string? Systeem { get; set; }
    [Key("eigenaar", "Wie de registratie bijhoudt (een rol).", Vocabulary = Vocabularies.Roles)] public string? Eigenaar { get; set; }
    [Key("tekst", "Toelichting.", Markdown = true)] public string? Tekst { get; set; }
    [Key("categorieen", "Wat de school als incident registreert.")] public List<string> Categorieen { get; set; } = [];
    [Key("afspraken", "Afspraken over het registreren.")] public List<string> Afspraken { get; set; } = [];
}
