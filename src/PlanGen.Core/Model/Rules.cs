using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>Rules and agreements for one audience, e.g. the four kapstokregels or the phone agreements.</summary>
public sealed class RuleSet : ModelNode
{
    [Key("titel", "Titel, bijvoorbeeld Kapstokregels.", Required = true)] public string Titel { get; set; } = "";
    [Key("voor", "Voor wie de afspraken gelden.", Vocabulary = Vocabularies.Audiences)] public string? Voor { get; set; }
    [Key("inleiding", "Tekst voor de regels.", Markdown = true)] public string? Inleiding { get; set; }
    [Key("regels", "De regels of afspraken (of zet ze per rubriek onder rubrieken:).")] public List<string> Regels { get; set; } = [];
    [Key("rubrieken", "Groepjes regels met een eigen kopje, bijvoorbeeld Algemeen, Zorg voor de leerlingen, Omgang.")] public List<RuleGroup> Rubrieken { get; set; } = [];
    [Key("genummerd", "Regels nummeren (1, 2, 3) in plaats van opsommingstekens.")] public bool Genummerd { get; set; }
    [Key("slot", "Tekst na de regels.", Markdown = true)] public string? Slot { get; set; }
}

/// <summary>A sub-group of a rule set, e.g. "Omgang" in a parents' code.</summary>
public sealed class RuleGroup : ModelNode
{
    [Key("titel", "Kopje van de rubriek.", Required = true, Example = "Omgang")] public string Titel { get; set; } = "";
    [Key("regels", "De regels van deze rubriek.", Required = true)] public List<string> Regels { get; set; } = [];
}

/// <summary>Behaviour levels with the school's response to each (ongewenst, grensoverschrijdend, ernstig gedrag).</summary>
public sealed class BehaviourPolicy : ModelNode
{
    [Key("inleiding", "Tekst voor de niveaus.", Markdown = true)] public string? Inleiding { get; set; }
    [Key("niveaus", "De gedragsniveaus, van licht naar zwaar.", Required = true)] public List<BehaviourLevel> Niveaus { get; set; } = [];
    [Key("slot", "Tekst na de niveaus.", Markdown = true)] public string? Slot { get; set; }
}

public sealed class BehaviourLevel : ModelNode
{
    [Key("titel", "Naam van het niveau.", Required = true, Example = "Grensoverschrijdend gedrag")] public string Titel { get; set; } = "";
    [Key("omschrijving", "Wat de school onder dit gedrag verstaat.", Markdown = true)] public string? Omschrijving { get; set; }
    [Key("voorbeelden", "Voorbeelden van dit gedrag.")] public List<string> Voorbeelden { get; set; } = [];
    [Key("reactie", "Hoe de school reageert: de stappen of maatregelen, in volgorde.", Required = true)] public List<string> Reactie { get; set; } = [];
    [Key("wie", "Wie reageert of beslist, bijvoorbeeld de leerkracht of de directeur.")] public string? Wie { get; set; }
}

/// <summary>One step of a protocol; a plain line of text is a step without remarks.</summary>
[TextShorthand("actie")]
public sealed class Step : ModelNode
{
    [Key("actie", "Wat er gebeurt.", Required = true)] public string Actie { get; set; } = "";
    [Key("toelichting", "Opmerkingen bij deze stap.")] public string? Toelichting { get; set; }
    [Key("wie", "Wie deze stap zet.")] public string? Wie { get; set; }
}

public sealed class Protocol : ModelNode
{
    [Key("naam", "Naam van het protocol.", Required = true)] public string Naam { get; set; } = "";
    [Key("soort", "Soort protocol.", Vocabulary = Vocabularies.ProtocolKinds)] public string Soort { get; set; } = "anders";
    [Key("inleiding", "Tekst voor de stappen.", Markdown = true)] public string? Inleiding { get; set; }
    [Key("stappen", "De stappen, in volgorde.")] public List<Step> Stappen { get; set; } = [];
    [Key("slot", "Tekst na de stappen.", Markdown = true)] public string? Slot { get; set; }
    [Key("link", "Link naar het volledige protocol; een protocol van het bestuur of de school mag ook alleen een link zijn.")] public string? Link { get; set; }
}

/// <summary>What the school means by bullying and how it tackles it (seed 003's information chapter).</summary>
public sealed class Bullying : ModelNode
{
    [Key("definitie", "Wat de school onder pesten verstaat.", Markdown = true)] public string? Definitie { get; set; }
    [Key("kenmerken", "Kenmerken van pesten.")] public List<string> Kenmerken { get; set; } = [];
    [Key("vergelijking", "Verschil tussen plagen, pesten en agressief gedrag.")] public BullyingComparison? Vergelijking { get; set; }
    [Key("toelichting", "Verdere uitleg.", Markdown = true)] public string? Toelichting { get; set; }
    [Key("tips_ouders", "Tips voor ouders, per groep ouders.")] public List<ParentTips> TipsOuders { get; set; } = [];
    [Key("aanpak", "Naam en uitleg van de aanpak, bijvoorbeeld de vijfsporenaanpak.", Markdown = true)] public string? Aanpak { get; set; }
    [Key("sporen", "De sporen of stappen van de aanpak.")] public List<Step> Sporen { get; set; } = [];
}

public sealed class BullyingComparison : ModelNode
{
    [Key("plagen", "Kenmerken van plagen.")] public List<string> Plagen { get; set; } = [];
    [Key("pesten", "Kenmerken van pesten.")] public List<string> Pesten { get; set; } = [];
    [Key("agressief_gedrag", "Kenmerken van agressief gedrag.")] public List<string> AgressiefGedrag { get; set; } = [];
}

public sealed class ParentTips : ModelNode
{
    [Key("voor", "Voor welke ouders, bijvoorbeeld Ouders van gepeste kinderen.", Required = true)] public string Voor { get; set; } = "";
    [Key("tips", "De tips.", Required = true)] public List<string> Tips { get; set; } = [];
}

public sealed class Complaints : ModelNode
{
    [Key("commissie", "De klachtencommissie waarbij het bestuur is aangesloten (of geef alleen een link naar de regeling).", Example = "Landelijke Klachtencommissie Onderwijs")] public string? Commissie { get; set; }
    [Key("onafhankelijke_voorzitter", "Heeft de commissie een onafhankelijke voorzitter?")] public bool OnafhankelijkeVoorzitter { get; set; }
    [Key("termijn_indienen", "Binnen welke termijn een klacht ingediend moet worden.")] public string? TermijnIndienen { get; set; }
    [Key("termijn_uitspraak", "Binnen welke termijn de commissie oordeelt.")] public string? TermijnUitspraak { get; set; }
    [Key("link", "Link naar de klachtenregeling; met alleen een link verwijst het plan naar die regeling.")] public string? Link { get; set; }
    [Key("tekst", "Toelichting op de klachtenregeling.", Markdown = true)] public string? Tekst { get; set; }
}

public sealed class TrustInspectors : ModelNode
{
    [Key("telefoon", "Telefoonnummer van het meldpunt.")] public string Telefoon { get; set; } = "0900-111 3 111";
    [Key("tekst", "Toelichting.", Markdown = true)] public string? Tekst { get; set; }
}

public sealed class Privacy : ModelNode
{
    [Key("tekst", "Hoe de school met persoonsgegevens omgaat.", Markdown = true)] public string? Tekst { get; set; }
    [Key("fg", "De functionaris gegevensbescherming van het bestuur.")] public Contact? Fg { get; set; }
}
