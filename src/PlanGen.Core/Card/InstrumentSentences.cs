using PlanGen.Core.Binding;
using PlanGen.Core.Model;

namespace PlanGen.Core.Card;

/// <summary>
/// An instrument as a team writes it on the card: "2 keer per jaar KanVAS leerlingvragenlijst vanaf
/// groep 5 (oktober en maart)" rather than "KanVAS leerlingvragenlijst: 2 keer per jaar, groepen 5-8".
/// </summary>
internal static class InstrumentSentences
{
    /// <summary>For zicht op ontwikkeling: how often, what, for whom.</summary>
    public static string Frequency(Instrument instrument)
    {
        var parts = new List<string>();
        if (instrument.PerJaar is { } times)
        {
            parts.Add(times == 1 ? "1 keer per jaar" : $"{times} keer per jaar");
        }

        parts.Add(parts.Count > 0 ? CommonName(instrument.Naam) : instrument.Naam);
        if (GroupsPhrase(instrument.Groepen) is { } groups)
        {
            parts.Add(groups);
        }

        if (Months(instrument.Maanden) is { } months)
        {
            parts.Add($"({months})");
        }

        return Sentence(string.Join(' ', parts));
    }

    /// <summary>For monitoren: who fills it in, and when.</summary>
    public static string Who(Instrument instrument)
    {
        var who = instrument.Invullers.Select(Audience).Where(a => a.Length > 0).ToList();
        if (who.Count == 0)
        {
            return "";
        }

        var groups = GroupsPhrase(instrument.Groepen) is { } g && who.Contains("leerlingen") ? " " + g : "";
        var months = Months(instrument.Maanden) is { } m ? $" in {m}" : "";
        var subject = Capital(string.Join(" en ", who.Select(w => "de " + w))) + groups;
        var name = CommonName(instrument.Naam);
        var article = name.StartsWith("sociogram", StringComparison.Ordinal) ? "het" : "de";
        return Sentence($"{subject} vullen{months} {article} {name} in");
    }

    /// <summary>"vanaf groep 5" for 5-8, "voor alle groepen" for 1-8, otherwise "in groep 3 tot en met 6".</summary>
    public static string? GroupsPhrase(string? groups)
    {
        var text = groups?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var range = text.Split('-', StringSplitOptions.TrimEntries);
        if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to))
        {
            return (from, to) switch
            {
                (1, 8) => "voor alle groepen",
                (_, 8) => $"vanaf groep {from}",
                _ => $"in groep {from} tot en met {to}",
            };
        }

        return "in " + Templating.DutchText.Groups(text);
    }

    private static string? Months(List<string> months)
    {
        var names = months.Select(m => Vocabularies.Find(Vocabularies.Months, m)?.Label ?? m).ToList();
        return names.Count == 0 ? null : Templating.DutchText.List(names, lowerAfterFirst: false);
    }

    private static string Audience(string audience) =>
        (Vocabularies.Find(Vocabularies.Audiences, audience)?.Id ?? audience) switch
        {
            "leerlingen" => "leerlingen",
            "leerkrachten" => "leerkrachten",
            "personeel" => "medewerkers",
            "ouders" => "ouders",
            _ => "",
        };

    /// <summary>"vragenlijst sociale veiligheid" mid-sentence, but "Vensters vragenlijst" and "KanVAS" keep their capitals.</summary>
    internal static string CommonName(string name)
    {
        var first = name.Split(' ', 2)[0].ToLowerInvariant();
        return CommonWords.Any(first.Contains) ? LowerFirst(name) : name;
    }

    private static readonly string[] CommonWords = ["vragenlijst", "sociogram", "observatie", "gesprek", "lijst", "kind", "leerling", "docent", "ouder", "registratie"];

    internal static string LowerFirst(string text) =>
        text.Length < 2 || !char.IsUpper(text[0]) || !char.IsLower(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    internal static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".!?:".Contains(trimmed[^1]) ? trimmed : trimmed + ".";
    }
}
