using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>One target of the year (usually from the kwaliteitskaart's ambitie) with what came of it.</summary>
public sealed class YearResult : ModelNode
{
    [Key("doel", "Het doel, bijvoorbeeld uit de ambitie van de kwaliteitskaart.", Required = true, Example = "95% van de leerlingen voelt zich veilig")] public string Doel { get; set; } = "";
    [Key("uitkomst", "Wat er is gemeten of bereikt.", Example = "94% voelt zich veilig (Vensters, november)")] public string? Uitkomst { get; set; }
    [Key("behaald", "Is het doel behaald? ja of nee.")] public bool? Behaald { get; set; }
}
