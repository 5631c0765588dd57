namespace PlanGen.Core.Yaml;

/// <summary>Dutch wording for YamlDotNet's most common syntax errors, plus a hint from the offending line.</summary>
internal static class YamlMessages
{
    private static readonly (string English, string Dutch)[] Known =
    [
        ("While scanning a plain scalar value, found invalid mapping", "een waarde bevat een dubbele punt gevolgd door een spatie"),
        ("Mapping values are not allowed in this context", "een dubbele punt staat op een plek waar geen veld kan beginnen"),
        ("While scanning a quoted scalar, found unexpected end of stream", "een aanhalingsteken wordt niet afgesloten"),
        ("While parsing a block mapping, did not find expected key", "de inspringing klopt niet: hier verwacht PlanGen een nieuw veld"),
        ("While parsing a block collection, did not find expected '-' indicator", "de inspringing van de lijst klopt niet: hier verwacht PlanGen een '-'"),
        ("found invalid tab as indentation", "een tab wordt gebruikt om in te springen"),
        ("While scanning for the next token, found character that cannot start any token", "dit teken kan hier niet staan (vaak een tab)"),
        ("While parsing a node, did not find expected node content", "hier ontbreekt een waarde"),
        ("While parsing a flow sequence, did not find expected ',' or ']'", "een lijst tussen [ ] wordt niet goed afgesloten"),
        ("While parsing a flow mapping, did not find expected ',' or '}'", "een blok tussen { } wordt niet goed afgesloten"),
    ];

    public static string Translate(string message)
    {
        foreach (var (english, dutch) in Known)
        {
            if (message.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return dutch;
            }
        }
        // Never the parser's English sentence: a director cannot act on it.
        return "PlanGen kan deze regel niet lezen";
    }

    public static string HintFor(string text, int line)
    {
        var lines = text.Split('\n');
        var source = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        if (source.Contains('\t') || (line >= 2 && lines[line - 2].Contains('\t')))
        {
            return "gebruik spaties om in te springen, geen tabs";
        }
        if (source.Count(c => c == '"') % 2 == 1)
        {
            return "sluit de tekst af met een aanhalingsteken";
        }
        return "controleer de inspringing (twee spaties per niveau) en zet tekst met een dubbele punt tussen aanhalingstekens";
    }
}
