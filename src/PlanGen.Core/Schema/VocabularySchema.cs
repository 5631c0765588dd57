using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PlanGen.Core.Binding;

namespace PlanGen.Core.Schema;

/// <summary>
/// The schema of a controlled vocabulary (roles, months, organs, ...): completion offers the canonical
/// ids with their Dutch description only; validation accepts every spelling the loader accepts
/// (<see cref="Vocabularies.Find"/>: any case, with or without accents, space, '-' or '_'), which an
/// enum cannot express, so a pattern does.
/// </summary>
internal static class VocabularySchema
{
    public static JsonObject For(string vocabulary)
    {
        var terms = Vocabularies.All[vocabulary];
        var message = Message(vocabulary);
        var forms = terms.SelectMany(t => t.Synonyms.Prepend(t.Label).Prepend(t.Id));
        return new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["enum"] = new JsonArray([.. terms.Select(t => JsonValue.Create(t.Id))]),
                    ["enumDescriptions"] = new JsonArray([.. terms.Select(t => JsonValue.Create(Describe(t)))]),
                    ["markdownEnumDescriptions"] = new JsonArray([.. terms.Select(t => JsonValue.Create(Describe(t)))]),
                    ["errorMessage"] = message,
                },
                new JsonObject { ["type"] = "string", ["pattern"] = Pattern(forms), ["patternErrorMessage"] = message, ["errorMessage"] = message }),
        };
    }

    public static string Message(string vocabulary) => $"onbekende waarde; kies uit: {string.Join(", ", Vocabularies.All[vocabulary].Select(t => t.Id))}";

    /// <summary>"Anti-pestcoördinator (ook: coordinator pestbeleid, pestcoordinator)".</summary>
    private static string Describe(Term term)
    {
        var also = term.Synonyms.Where(s => Vocabularies.Normalize(s) != Vocabularies.Normalize(term.Label)).ToList();
        return also.Count == 0 ? term.Label : $"{term.Label} (ook: {string.Join(", ", also)})";
    }

    /// <summary>An ECMAScript pattern (valid with the u flag) that matches a form the way <see cref="Vocabularies.Normalize"/> compares.</summary>
    public static string Pattern(IEnumerable<string> forms)
    {
        var alternatives = forms.Select(Vocabularies.Normalize).Distinct().OrderByDescending(f => f.Length).Select(Alternative);
        return $"^\\s*(?:{string.Join("|", alternatives)})\\s*$";
    }

    private static string Alternative(string normalized)
    {
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            sb.Append(c switch
            {
                '-' => "[-_ ]",
                _ when char.IsLetter(c) => Letter(c),
                _ when "^$\\.*+?()[]{}|/".Contains(c) => "\\" + c,
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static readonly Dictionary<char, string> Accents = new()
    {
        ['a'] = "àáâäã", ['e'] = "èéêë", ['i'] = "ìíîï", ['o'] = "òóôöõ", ['u'] = "ùúûü", ['c'] = "ç", ['n'] = "ñ", ['y'] = "ÿý",
    };

    private static string Letter(char c)
    {
        var variants = c.ToString() + Accents.GetValueOrDefault(c, "");
        return "[" + variants + variants.ToUpper(CultureInfo.InvariantCulture) + "]";
    }
}
