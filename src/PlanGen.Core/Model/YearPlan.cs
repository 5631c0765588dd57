using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>One school year's activity plan: jaarplannen/2025-2026.yaml.</summary>
public sealed class YearPlan : ModelNode
{
    [Key("schooljaar", "Het schooljaar, gelijk aan de bestandsnaam.", Required = true, Example = "2025-2026")] public string Schooljaar { get; set; } = "";
    [Key("versie", "Versie van het plan, bijvoorbeeld 1.0.")] public string? Versie { get; set; }
    [Key("aandachtspunten", "Aandachtspunten voor dit schooljaar.")] public List<string> Aandachtspunten { get; set; } = [];
    [Key("activiteiten", "Activiteiten van dit schooljaar.")] public List<Activity> Activiteiten { get; set; } = [];
    [Key("evaluatie", "Evaluatie van het schooljaar.", Markdown = true)] public string? Evaluatie { get; set; }
    [Key("resultaten", "Behaalde resultaten: doel (uit de ambitie), uitkomst en of het doel is behaald.")] public List<YearResult> Resultaten { get; set; } = [];
}

public sealed class Activity : ModelNode
{
    [Key("wat", "Wat er gebeurt.", Required = true)] public string Wat { get; set; } = "";
    [Key("wanneer", "Datum (JJJJ-MM-DD), maand (JJJJ-MM) of maandnaam.", Required = true, Example = "2025-10")] public string Wanneer { get; set; } = "";
    [Key("wie", "Wie het doet: een rol of een naam.")] public string? Wie { get; set; }
    [Key("doel", "Het doel.")] public string? Doel { get; set; }
    [Key("status", "Stand van zaken.", Vocabulary = Vocabularies.ActivityStatus)] public string Status { get; set; } = "gepland";
    [Key("evaluatie", "Hoe het ging.")] public string? Evaluatie { get; set; }
    [Key("terugkerend", "Komt ieder schooljaar terug.")] public bool Terugkerend { get; set; }
    [Key("instrument", "Naam van het instrument als dit een monitoringsmoment is.")] public string? Instrument { get; set; }
    [Key("levering_inspectie", "Is dit het moment waarop de monitorresultaten aan de Inspectie worden geleverd (vóór 1 juli)?")] public bool LeveringInspectie { get; set; }
}
