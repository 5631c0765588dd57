using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>The kwaliteitskaart in PDCA shape, as on the reference card: page one "kwaliteit", page two "plan en dialoog".</summary>
public sealed class QualityCard : ModelNode
{
    [Key("titel", "Thema van de kaart.", Example = "Veilig pedagogisch schoolklimaat")] public string Titel { get; set; } = "Veilig pedagogisch schoolklimaat";
    [Key("visie", "Korte visie bovenaan de kaart (anders de visie van de school).", Markdown = true)] public string? Visie { get; set; }
    [Key("ambitie", "Ambitie met meetbare doelen.")] public CardBlock? Ambitie { get; set; }
    [Key("aanbod", "Aanbod: methodes, materialen en middelen.")] public CardBlock? Aanbod { get; set; }
    [Key("zicht_op_ontwikkeling", "Zicht op ontwikkeling en begeleiding.")] public CardBlock? ZichtOpOntwikkeling { get; set; }
    [Key("pedagogisch_didactisch_handelen", "Pedagogisch-didactisch handelen.")] public CardBlock? PedagogischDidactischHandelen { get; set; }
    [Key("onderwijstijd", "Onderwijstijd en extra ondersteuning.")] public CardBlock? Onderwijstijd { get; set; }
    [Key("samenwerking", "Samenwerking met partners.")] public CardBlock? Samenwerking { get; set; }
    [Key("waarnemen_en_begrijpen", "Plan & dialoog: waarnemen en begrijpen.")] public CardBlock? WaarnemenEnBegrijpen { get; set; }
    [Key("plannen", "Plan & dialoog: plannen (per preventieniveau).")] public CardBlock? Plannen { get; set; }
    [Key("realiseren", "Plan & dialoog: realiseren.")] public CardBlock? Realiseren { get; set; }
    [Key("evalueren", "Plan & dialoog: evalueren.")] public CardBlock? Evalueren { get; set; }
    [Key("monitoren", "Plan & dialoog: monitoren.")] public CardBlock? Monitoren { get; set; }
    [Key("co_reflectie", "Plan & dialoog: co-reflectie.")] public CardBlock? CoReflectie { get; set; }
    [Key("dialoog", "Plan & dialoog: dialoog.")] public CardBlock? Dialoog { get; set; }
    [Key("planning_komend_jaar", "Planning komend schooljaar.")] public CardBlock? PlanningKomendJaar { get; set; }
}

/// <summary>One block of the card: an optional text and bullet points. A plain list is a block of bullet points.</summary>
[ListShorthand("punten")]
public sealed class CardBlock : ModelNode
{
    [Key("tekst", "Tekst boven de punten.", Markdown = true)] public string? Tekst { get; set; }
    [Key("punten", "De punten.")] public List<string> Punten { get; set; } = [];
}
