using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>
/// Everything known about one school: its school.yaml merged over the board's defaults (bestuur.yaml).
/// Keys are Dutch because directors write them.
/// </summary>
public sealed class SchoolData : ModelNode
{
    [Key("school", "Gegevens van de school.", Required = true)] public SchoolInfo School { get; set; } = new();
    [Key("regime", "Welke wetgeving de controle volgt: huidig (nu geldend) of wvvo (Wet vrij en veilig onderwijs, voorbereiden).", Vocabulary = Vocabularies.Regimes)] public string Regime { get; set; } = "huidig";
    [Key("veiligheidsbeleid", "Reikwijdte van het veiligheidsbeleid (meestal in bestuur.yaml).")] public SafetyPolicy? Veiligheidsbeleid { get; set; }
    [Key("arbo", "Arbo: de risico-inventarisatie (RI&E).")] public Arbo? Arbo { get; set; }
    [Key("bestuur", "Gegevens van het schoolbestuur (staat in bestuur.yaml).")] public BoardInfo? Bestuur { get; set; }
    [Key("huisstijl", "Kleur, lettertype, logo en opmaak van de documenten.")] public HouseStyle? Huisstijl { get; set; }
    [Key("visie", "Visie en waarden van de school op sociale veiligheid.")] public Vision? Visie { get; set; }
    [Key("vaststelling", "Wie het plan heeft vastgesteld en wanneer.")] public List<Adoption> Vaststelling { get; set; } = [];
    [Key("rollen", "Taken en contactpersonen rond sociale veiligheid.")] public List<RoleAssignment> Rollen { get; set; } = [];
    [Key("externe_vertrouwenspersonen", "Externe vertrouwenspersonen (meestal van het bestuur).")] public List<Contact> ExterneVertrouwenspersonen { get; set; } = [];
    [Key("instrumenten", "Instrumenten waarmee de school de sociale veiligheid volgt (monitoring).")] public List<Instrument> Instrumenten { get; set; } = [];
    [Key("aanbod", "Programma's, methodes en trainingen.")] public List<Programme> Aanbod { get; set; } = [];
    [Key("afspraken", "Regels en afspraken per doelgroep.")] public List<RuleSet> Afspraken { get; set; } = [];
    [Key("pesten", "Wat de school onder pesten verstaat en hoe ze het aanpakt.")] public Bullying? Pesten { get; set; }
    [Key("protocollen", "Protocollen en stappenplannen.")] public List<Protocol> Protocollen { get; set; } = [];
    [Key("incidentregistratie", "Hoe en waar incidenten worden geregistreerd.")] public IncidentRegistration? Incidentregistratie { get; set; }
    [Key("partners", "Externe partners op sociaal-emotioneel gebied.")] public List<Partner> Partners { get; set; } = [];
    [Key("klachtenregeling", "De klachtenregeling (meestal van het bestuur).")] public Complaints? Klachtenregeling { get; set; }
    [Key("vertrouwensinspecteurs", "Het meldpunt vertrouwensinspecteurs van de Inspectie.")] public TrustInspectors? Vertrouwensinspecteurs { get; set; }
    [Key("privacy", "Privacy van leerlingen en ouders.")] public Privacy? Privacy { get; set; }
    [Key("teksten", "Vrije teksten per hoofdstuk (Markdown).")] public Texts? Teksten { get; set; }
    [Key("kwaliteitskaart", "De kwaliteitskaart veilig pedagogisch klimaat.")] public QualityCard? Kwaliteitskaart { get; set; }
    [Key("bijlagen", "Bijbehorende documenten: met een link, of met een eigen tekst (dan een bijlage-hoofdstuk achter in het plan).")] public List<Attachment> Bijlagen { get; set; } = [];
    [Key("gedrag", "Gedragsniveaus (ongewenst, grensoverschrijdend, ernstig gedrag) en hoe de school op elk niveau reageert.")] public BehaviourPolicy? Gedrag { get; set; }
    [Key("indeling", "Je eigen indeling: de hoofdstukken in je eigen volgorde en met je eigen titels (anders de standaardindeling in acht hoofdstukken).")] public PlanOutline? Indeling { get; set; }
}

public sealed class SchoolInfo : ModelNode
{
    [Key("naam", "Naam van de school.", Required = true, Example = "OBS De Linde")] public string Naam { get; set; } = "";
    [Key("brin", "BRIN-nummer of vestigingsnummer.", Example = "99ZZ00")] public string? Brin { get; set; }
    [Key("adres", "Straat en huisnummer.")] public string? Adres { get; set; }
    [Key("plaats", "Plaats.")] public string? Plaats { get; set; }
    [Key("website", "Website van de school.", Example = "https://www.delinde.example")] public string? Website { get; set; }
    [Key("telefoon", "Algemeen telefoonnummer.")] public string? Telefoon { get; set; }
    [Key("email", "Algemeen e-mailadres.")] public string? Email { get; set; }
    [Key("concept", "Onderwijsconcept of identiteit, bijvoorbeeld Jenaplan.")] public string? Concept { get; set; }
    [Key("logo", "Pad naar het logo (PNG of JPEG), vanaf de map van de school.")] public string? Logo { get; set; }
}

public sealed class BoardInfo : ModelNode
{
    [Key("naam", "Naam van het bestuur.", Required = true)] public string Naam { get; set; } = "";
    [Key("website", "Website van het bestuur.")] public string? Website { get; set; }
    [Key("adres", "Adres van het bestuursbureau.")] public string? Adres { get; set; }
    [Key("email", "Algemeen e-mailadres van het bestuursbureau, voor de voet van de website.", Example = "info@bestuur.example")] public string? Email { get; set; }
    [Key("telefoon", "Algemeen telefoonnummer van het bestuursbureau, voor de voet van de website.")] public string? Telefoon { get; set; }
    [Key("privacyverklaring", "Webadres van de privacyverklaring van het bestuur, voor de voet van de website.", Example = "https://www.bestuur.example/privacy")] public string? Privacyverklaring { get; set; }
    [Key("toegankelijkheidsverklaring", "Webadres van de toegankelijkheidsverklaring van de website (verplicht voor overheidswebsites, aanbevolen voor scholen).", Example = "https://www.bestuur.example/toegankelijkheid")] public string? Toegankelijkheidsverklaring { get; set; }
}

public sealed class HouseStyle : ModelNode
{
    [Key("kleur", "Accentkleur als #RRGGBB.", Example = "#1B5E20")] public string? Kleur { get; set; }
    [Key("lettertype", "Lettertype van de documenten. Arial wordt in de PDF Liberation Sans en Calibri wordt Carlito (even breed, dus dezelfde regelval); zonder lettertype: Noto Sans. Het Word-bestand noemt het lettertype en sluit de meegeleverde letter in (zie docs/huisstijl.md).", Example = "Arial")] public string? Lettertype { get; set; }
    [Key("lettertype_bestand", "Eigen lettertype van het bestuur: pad naar een TTF-bestand, vanaf de map van het bestuur. De PDF gebruikt het voor alle tekst; het Word-bestand sluit het in als de maker dat toestaat.", Example = "fonts/Huisletter.ttf")] public string? LettertypeBestand { get; set; }
    [Key("nieuwe_pagina_per_hoofdstuk", "Begin elk hoofdstuk op een nieuwe pagina (ja/nee). Standaard nee: een hoofdstuk loopt door op de pagina als er nog genoeg ruimte is.")] public bool? NieuwePaginaPerHoofdstuk { get; set; }
    [Key("logo", "Pad naar het logo van het bestuur (PNG of JPEG), vanaf de map van het bestuur.")] public string? Logo { get; set; }
}

public sealed class Vision : ModelNode
{
    [Key("kernwaarde", "De kernwaarde op het gebied van sociale veiligheid.", Example = "Gelijkwaardigheid")] public string? Kernwaarde { get; set; }
    [Key("tekst", "De visie in eigen woorden.", Markdown = true)] public string? Tekst { get; set; }
    [Key("kernwoorden", "Kernwoorden van de school.")] public List<string> Kernwoorden { get; set; } = [];
    [Key("uitgangspunten", "Pedagogische uitgangspunten.")] public List<string> Uitgangspunten { get; set; } = [];
    [Key("doelen", "Doelen voor sociale veiligheid.")] public List<string> Doelen { get; set; } = [];
}

public sealed class Adoption : ModelNode
{
    [Key("orgaan", "Wie stelde vast of stemde in.", Required = true, Vocabulary = Vocabularies.Bodies)] public string Orgaan { get; set; } = "";
    [Key("datum", "Datum als JJJJ-MM-DD.", Required = true, Example = "2025-09-15")] public DateOnly Datum { get; set; }
    [Key("toelichting", "Bijvoorbeeld: instemming, kennisname.")] public string? Toelichting { get; set; }
    [Key("versie", "Welke versie van het plan is vastgesteld, bijvoorbeeld 2.0.", Example = "2.0")] public string? Versie { get; set; }
    [Key("schooljaar", "Voor welk schooljaar deze vaststelling geldt (standaard: het schooljaar van de datum).", Example = "2025-2026")] public string? Schooljaar { get; set; }
    [Key("wijzigingen", "Wat er in deze versie is gewijzigd.")] public List<string> Wijzigingen { get; set; } = [];
}

public sealed class Attachment : ModelNode
{
    [Key("titel", "Titel van het document.", Required = true)] public string Titel { get; set; } = "";
    [Key("link", "Webadres of pad naar het document.")] public string? Link { get; set; }
    [Key("omschrijving", "Korte omschrijving.")] public string? Omschrijving { get; set; }
    [Key("tekst", "De inhoud van de bijlage zelf (Markdown); de bijlage wordt dan een hoofdstuk achter in het plan.", Markdown = true)] public string? Tekst { get; set; }
    [Key("paragrafen", "Paragrafen van de bijlage, met titel en tekst.")] public List<OutlineSection> Paragrafen { get; set; } = [];
}
