using System.Globalization;
using System.Text;

namespace PlanGen.Core.Binding;

/// <summary>One allowed value: its id (what the model stores), its Dutch label, and accepted synonyms.</summary>
public sealed record Term(string Id, string Label, params string[] Synonyms);

/// <summary>
/// Controlled vocabularies. Legal checks depend on role names, so roles come from this list;
/// synonyms (with or without accents, spaces or hyphens) are accepted and normalised.
/// </summary>
public static class Vocabularies
{
    public const string Roles = "rollen";
    public const string Audiences = "doelgroepen";
    public const string Months = "maanden";
    public const string ActivityStatus = "status";
    public const string InstrumentKinds = "instrumentsoorten";
    public const string ProtocolKinds = "protocolsoorten";
    public const string Bodies = "organen";
    public const string Regimes = "regimes";
    public const string Scopes = "reikwijdte";
    public const string Parts = "onderdelen";

    public static IReadOnlyDictionary<string, IReadOnlyList<Term>> All { get; } = new Dictionary<string, IReadOnlyList<Term>>
    {
        [Roles] =
        [
            new("anti-pestcoordinator", "Anti-pestcoördinator", "coordinator pestbeleid", "coordinator van beleid met betrekking tot pesten", "antipestcoordinator", "pestcoordinator"),
            new("aanspreekpunt-pesten", "Aanspreekpunt pesten", "aanspreekpunt in het kader van pesten", "aanspreekpunt"),
            new("vertrouwenspersoon", "Interne vertrouwenspersoon", "interne vertrouwenspersoon", "interne contactpersoon", "contactpersoon", "vertrouwens-/contactpersoon", "icp"),
            new("externe-vertrouwenspersoon", "Externe vertrouwenspersoon", "extern vertrouwenspersoon"),
            new("intern-begeleider", "Intern begeleider", "ib", "ib-er", "ib'er", "zorgcoordinator", "intern begeleider / zorgcoordinator"),
            new("aandachtsfunctionaris", "Aandachtsfunctionaris huiselijk geweld en kindermishandeling", "aandachtsfunctionaris huiselijk geweld en kindermishandeling", "aandachtsfunctionaris meldcode"),
            new("coordinator-sociale-veiligheid", "Coördinator sociale veiligheid", "csv", "veiligheidscoordinator", "sociale veiligheidscoordinator"),
            new("directeur", "Directeur", "schoolleider", "directie", "locatieleider"),
            new("bhv", "Bedrijfshulpverlener", "bedrijfshulpverlener", "bhv-er", "bhv'er"),
            new("preventiemedewerker", "Preventiemedewerker"),
            new("functionaris-gegevensbescherming", "Functionaris gegevensbescherming", "fg", "privacyfunctionaris"),
            new("gedragsspecialist", "Gedragsspecialist"),
            new("mr-lid", "Lid van de medezeggenschapsraad", "voorzitter mr", "mr-voorzitter"),
        ],
        [Audiences] =
        [
            new("leerlingen", "Leerlingen", "leerling", "kinderen", "kind"),
            new("leerkrachten", "Leerkrachten", "leerkracht", "docent", "docenten", "leraren"),
            new("personeel", "Personeel", "medewerkers", "team"),
            new("ouders", "Ouders", "ouder", "verzorgers", "ouders/verzorgers"),
            new("iedereen", "Iedereen", "allen", "alle betrokkenen"),
        ],
        [Months] =
        [
            new("aug", "augustus", "augustus"), new("sep", "september", "september", "sept"),
            new("okt", "oktober", "oktober", "oct"), new("nov", "november", "november"),
            new("dec", "december", "december"), new("jan", "januari", "januari"),
            new("feb", "februari", "februari"), new("mrt", "maart", "maart", "mar"),
            new("apr", "april", "april"), new("mei", "mei"),
            new("jun", "juni", "juni"), new("jul", "juli", "juli"),
        ],
        [ActivityStatus] =
        [
            new("gepland", "Gepland", "te doen", "nog niet gestart"),
            new("bezig", "Bezig", "loopt", "in uitvoering"),
            new("afgerond", "Afgerond", "klaar", "gedaan", "uitgevoerd"),
            new("uitgesteld", "Uitgesteld", "doorgeschoven"),
            new("vervallen", "Vervallen", "geschrapt", "niet uitgevoerd"),
        ],
        [InstrumentKinds] =
        [
            new("vragenlijst", "Vragenlijst", "monitor", "enquete"),
            new("sociogram", "Sociogram"),
            new("observatie", "Observatie", "observaties"),
            new("gesprek", "Gesprek", "gesprekken", "kindgesprek"),
            new("registratie", "Registratie"),
        ],
        [ProtocolKinds] =
        [
            new("pestprotocol", "Pestprotocol", "pesten"),
            new("grensoverschrijdend-gedrag", "Stappenplan grensoverschrijdend gedrag", "stappenplan grensoverschrijdend gedrag"),
            new("incident", "Actieplan bij een incident", "actieplan", "actieplan op incident"),
            new("meldcode", "Meldcode huiselijk geweld en kindermishandeling", "meldcode huiselijk geweld"),
            new("zedenmisdrijven", "Meld-, overleg- en aangifteplicht zedenmisdrijven", "seksueel misbruik", "meldplicht"),
            new("schorsing", "Schorsing en verwijdering", "schorsen en verwijderen"),
            new("medisch-handelen", "Medisch handelen", "medicijnverstrekking"),
            new("anders", "Protocol", "overig"),
        ],
        [Regimes] =
        [
            new("huidig", "De nu geldende wetgeving", "nu", "wpo"),
            new("wvvo", "Wet vrij en veilig onderwijs", "wet vrij en veilig onderwijs", "nieuw"),
        ],
        [Scopes] =
        [
            new("sociaal", "Sociale veiligheid", "sociale veiligheid", "sociale"),
            new("psychisch", "Psychische veiligheid", "psychische veiligheid", "psychische"),
            new("fysiek", "Fysieke veiligheid", "fysieke veiligheid", "fysieke"),
        ],
        // The built-in parts of an own outline (indeling); the label is the part's heading where it has one.
        [Parts] =
        [
            new("visie", "Visie en waarden", "visie en waarden", "inleiding"),
            new("veiligheidsbeleid", "Veiligheidsbeleid", "reikwijdte"),
            new("vaststelling", "Vaststelling", "vastgesteld"),
            new("rollen", "Taken en contactpersonen", "taken", "taken en contactpersonen", "rollen en taken", "contactpersonen"),
            new("externe-vertrouwenspersonen", "Externe vertrouwenspersonen", "externe vertrouwenspersonen", "vertrouwenspersonen"),
            new("klachtenregeling", "Klachtenregeling", "klachten"),
            new("vertrouwensinspecteurs", "Vertrouwensinspecteurs", "vertrouwensinspecteur", "meldpunt vertrouwensinspecteurs"),
            new("privacy", "Privacy"),
            new("arbo", "Arbo en fysieke veiligheid", "rie", "ri&e"),
            new("partners", "Samenwerking met externe partners", "samenwerking", "externe partners"),
            new("monitoring", "Monitoring", "instrumenten"),
            new("incidentregistratie", "Incidentregistratie", "incidenten", "registratie"),
            new("afspraken", "Afspraken", "regels", "schoolregels", "gedragsregels"),
            new("gedrag", "Gedrag en consequenties", "gedragsniveaus", "consequenties"),
            new("aanbod", "Preventieve activiteiten", "preventie", "programma's", "methodes"),
            new("pesten", "Pesten", "pestbeleid", "wat is pesten"),
            new("protocollen", "Protocollen", "protocol", "stappenplannen"),
            new("communicatie", "Communicatie"),
            new("evaluatie", "Evaluatie"),
            new("terugblik", "Resultaten vorig schooljaar", "resultaten"),
            new("jaarplan", "Activiteitenplan", "activiteitenplan", "activiteiten", "jaarplanning"),
            new("bijlagen", "Bijlagen en verwante documenten", "verwante documenten", "documenten"),
        ],
        [Bodies] =
        [
            new("team", "het team", "teamvergadering"),
            new("mt", "het managementteam", "managementteam"),
            new("directie", "de directeur", "directeur", "schoolleider", "schoolleiding"),
            new("mr", "de medezeggenschapsraad", "medezeggenschapsraad"),
            new("bestuur", "het bestuur", "bevoegd gezag", "directeur-bestuurder", "college van bestuur"),
            new("leerlingenraad", "de leerlingenraad", "kinderraad"),
            new("ouderraad", "de ouderraad"),
        ],
    };

    /// <summary>Lower case, no accents, single hyphens for spaces and underscores: "Anti pestcoördinator" → "anti-pestcoordinator".</summary>
    public static string Normalize(string value)
    {
        var decomposed = Unicode(value.Trim().ToLowerInvariant(), NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c is ' ' or '_' ? '-' : c);
        }
        return Unicode(sb.ToString(), NormalizationForm.FormC);
    }

    /// <summary>Normalises, or keeps the text as is when it holds invalid code points (a lone surrogate, U+FFFE):
    /// the loader already reported those with their position, and matching must not crash on them.</summary>
    private static string Unicode(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Spellings an editor schema lists for a term: id, label and synonyms, also in lower case without accents.</summary>
    public static IEnumerable<string> Spellings(Term term)
    {
        var forms = term.Synonyms.Prepend(term.Label).ToList();
        var all = forms.Concat(forms.Select(f => Normalize(f).Replace('-', ' '))).Concat(forms.Select(f => f.ToLowerInvariant())).Prepend(term.Id).ToList();
        // Abbreviations are written in capitals: MR, MT, BHV, FG.
        return all.Concat(all.Where(f => f.Length <= 4).Select(f => f.ToUpperInvariant())).Distinct();
    }

    public static Term? Find(string vocabulary, string value)
    {
        var key = Normalize(value);
        return All[vocabulary].FirstOrDefault(t => t.Id == key || Normalize(t.Label) == key || t.Synonyms.Any(s => Normalize(s) == key));
    }

    /// <summary>The Dutch label of an id; ids are unique across vocabularies (a test guards this).</summary>
    public static string Label(string id) =>
        All.Values.SelectMany(v => v).FirstOrDefault(t => t.Id == id)?.Label ?? id;

    /// <summary>A role's label when the text names a role (or a synonym of one), else the text itself.</summary>
    public static string RoleOrText(string text) => Find(Roles, text)?.Label ?? text;
}
