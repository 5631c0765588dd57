using PlanGen.Core.Binding;

namespace PlanGen.Core.Model;

/// <summary>
/// A task (rol or own taak) with or without the person who holds it; one person may hold several roles
/// (anti-pestcoördinator and aanspreekpunt), and several entries may share a role (several people per task).
/// </summary>
public sealed class RoleAssignment : ModelNode
{
    [Key("rol", "De rol of rollen (uit de vaste lijst); of gebruik taak: voor een eigen taak.", Vocabulary = Vocabularies.Roles)] public List<string> Rol { get; set; } = [];
    [Key("taak", "Een eigen taak die niet in de vaste lijst staat, bijvoorbeeld Leerkracht of Team.", Example = "Leerkracht")] public string? Taak { get; set; }
    [Key("naam", "Naam van de persoon (mag leeg blijven bij een taakomschrijving).")] public string Naam { get; set; } = "";
    [Key("functie", "Functie op school, bijvoorbeeld leerkracht groep 6.")] public string? Functie { get; set; }
    [Key("email", "E-mailadres (werk).")] public string? Email { get; set; }
    [Key("telefoon", "Telefoonnummer.")] public string? Telefoon { get; set; }
    [Key("openbaar", "Mogen e-mail en telefoon in de openbare versie? Standaard ja; bij nee blijven naam en rol staan.")] public bool Openbaar { get; set; } = true;
    [Key("telefoon_openbaar", "Mag het telefoonnummer in de openbare versie? Standaard nee, behalve het algemene nummer van de school.")] public bool TelefoonOpenbaar { get; set; }
    [Key("toelichting", "Wat deze persoon doet, of wat de taak inhoudt.", Markdown = true)] public string? Toelichting { get; set; }
    [Key("taken", "De taken en verantwoordelijkheden, als opsomming.")] public List<string> Taken { get; set; } = [];
}

/// <summary>An external contact, e.g. an external vertrouwenspersoon of the board.</summary>
public sealed class Contact : ModelNode
{
    [Key("naam", "Naam.", Required = true)] public string Naam { get; set; } = "";
    [Key("organisatie", "Organisatie.")] public string? Organisatie { get; set; }
    [Key("telefoon", "Telefoonnummer.")] public string? Telefoon { get; set; }
    [Key("email", "E-mailadres.")] public string? Email { get; set; }
    [Key("website", "Website.")] public string? Website { get; set; }
    [Key("toelichting", "Wanneer en waarvoor je deze persoon benadert.", Markdown = true)] public string? Toelichting { get; set; }
    [Key("openbaar", "Mogen e-mail en telefoon in de openbare versie? Standaard ja; bij nee blijven naam en rol staan.")] public bool Openbaar { get; set; } = true;
    [Key("telefoon_openbaar", "Mag het telefoonnummer in de openbare versie? Standaard nee, behalve het algemene nummer van de school.")] public bool TelefoonOpenbaar { get; set; }
}

public sealed class Partner : ModelNode
{
    [Key("naam", "Naam van de partner.", Required = true, Example = "Schoolmaatschappelijk werk (SMW)")] public string Naam { get; set; } = "";
    [Key("omschrijving", "Waarin jullie samenwerken.")] public string? Omschrijving { get; set; }
    [Key("frequentie", "Hoe vaak, bijvoorbeeld 6 keer per jaar.")] public string? Frequentie { get; set; }
    [Key("website", "Website.")] public string? Website { get; set; }
}
