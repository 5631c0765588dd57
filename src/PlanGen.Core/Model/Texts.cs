using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>Free Markdown texts per chapter; a chapter's own data (roles, instruments) is rendered around them.</summary>
public sealed class Texts : ModelNode
{
    [Key("voorwoord", "Voorwoord.", Markdown = true)] public string? Voorwoord { get; set; }
    [Key("inleiding", "Inleiding bij hoofdstuk 1.", Markdown = true)] public string? Inleiding { get; set; }
    [Key("vaststelling", "Hoe het plan tot stand komt en wordt vastgesteld.", Markdown = true)] public string? Vaststelling { get; set; }
    [Key("inzicht", "Hoofdstuk Inzicht: hoe de school zicht houdt op veiligheid.", Markdown = true)] public string? Inzicht { get; set; }
    [Key("voorwaarden", "Hoofdstuk Voorwaarden scheppen.", Markdown = true)] public string? Voorwaarden { get; set; }
    [Key("pedagogisch_klimaat", "Hoofdstuk Pedagogisch klimaat.", Markdown = true)] public string? PedagogischKlimaat { get; set; }
    [Key("preventie", "Hoofdstuk Preventieve activiteiten.", Markdown = true)] public string? Preventie { get; set; }
    [Key("signaleren", "Hoofdstuk Signaleren en handelen.", Markdown = true)] public string? Signaleren { get; set; }
    [Key("communicatie", "Communicatie, bijvoorbeeld met de media.", Markdown = true)] public string? Communicatie { get; set; }
    [Key("borging", "Hoofdstuk Borging van beleid.", Markdown = true)] public string? Borging { get; set; }
    [Key("evaluatie", "Hoe het beleid wordt geëvalueerd.", Markdown = true)] public string? Evaluatie { get; set; }
}
