namespace PlanGen.Synthetic;

/// <summary>Fictional building blocks for names, places and people.</summary>
internal static class Names
{
    public static readonly string[] Prefixes = ["OBS", "CBS", "IKC", "Basisschool", "Jenaplanschool", "Daltonschool", "KBS"];

    public static readonly string[] Words =
    [
        "De Regenboog", "De Vlinder", "Het Palet", "De Kameleon", "De Zonnewijzer", "De Klimop", "Het Anker",
        "De Wegwijzer", "De Ark", "De Sterrenkijker", "Het Kompas", "De Eikenhorst", "De Meander", "De Boomgaard",
        "Het Baken", "De Windroos", "De Fontein", "De Lichtboei", "Het Vogelnest", "De Horizon", "De Bron",
    ];

    public static readonly string[] Towns =
    [
        "Beekveld", "Rivierstad", "Dijkdorp", "Heidebroek", "Molenwaard", "Zandhoven", "Lindewijk", "Esdonk",
        "Veenhuizen-Oost", "Kreekdijk", "Bosrijk", "Weidelo",
    ];

    public static readonly string[] Streets = ["Schoolstraat", "Kerkpad", "Molenweg", "Dorpsplein", "Lindelaan", "Beukenhof", "Esweg", "Kanaalkade"];

    public static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Chantal", "Daan", "Eva", "Fatima", "Gijs", "Hanna", "Iris", "Jesse", "Karim", "Lieke",
        "Mohamed", "Noor", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tess", "Umut", "Vera", "Wouter", "Yara",
    ];

    public static readonly string[] LastNames =
    [
        "Bakker", "Claassen", "Dijkstra", "van Dam", "El Amrani", "Franssen", "de Graaf", "Hermans", "Jansen",
        "Kuipers", "van Leeuwen", "Mulder", "Nijhuis", "Peeters", "Rutten", "Schouten", "Timmermans", "Verbeek",
    ];

    public static string Pick(this Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>"de graaf" → "degraaf": for the part of an address before @.</summary>
    public static string Slug(string text) => new(text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
