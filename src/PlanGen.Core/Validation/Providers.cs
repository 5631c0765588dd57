using System.Text;
using PlanGen.Core.Binding;

namespace PlanGen.Core.Validation;

/// <summary>Provider names compared by letters and digits only: "ZIEN" is "ZIEN!", "Hart en Ziel" is not "Hart & Ziel".</summary>
public static class Providers
{
    /// <summary>Whether <paramref name="text"/> mentions <paramref name="provider"/>, ignoring case, accents, spaces and punctuation.</summary>
    public static bool Mentions(string? text, string? provider)
    {
        var needle = Letters(provider);
        return needle.Length > 0 && Letters(text).Contains(needle, StringComparison.Ordinal);
    }

    private static string Letters(string? value)
    {
        var sb = new StringBuilder();
        foreach (var c in Vocabularies.Normalize(value ?? ""))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
