using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Core.Building;

/// <summary>The documents PlanGen makes for each school and school year.</summary>
public sealed record DocumentDefinition(DocumentKind Kind, string FileName, string Title, string Template)
{
    public static IReadOnlyList<DocumentDefinition> All { get; } =
    [
        new(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", "sociaal-veiligheidsplan/plan"),
        new(DocumentKind.Kwaliteitskaart, "kwaliteitskaart", "Kwaliteitskaart", "kwaliteitskaart/kaart"),
    ];
}
