using System.Collections;

namespace PlanGen.Core.Templating;

/// <summary>Small pieces of Dutch grammar the templates need: enumerations and "groep" or "groepen".</summary>
internal static class DutchText
{
    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string List(IEnumerable? items, bool lowerAfterFirst)
    {
        var words = (items?.Cast<object?>() ?? []).Select(i => i?.ToString()?.Trim() ?? "").Where(w => w.Length > 0).ToList();
        if (lowerAfterFirst)
        {
            // No capitals mid-sentence, but abbreviations (BHV, MR) keep theirs.
            words = words.Select((w, i) => i == 0 || w.Length < 2 || !char.IsLower(w[1]) ? w : char.ToLowerInvariant(w[0]) + w[1..]).ToList();
        }
        return words.Count <= 1 ? string.Concat(words) : string.Join(", ", words.Take(words.Count - 1)) + " en " + words[^1];
    }

    /// <summary>"groep 7" for one group, "groepen 5-8" or "groepen 1, 2" for more.</summary>
    public static string Groups(string? groups)
    {
        var text = groups?.Trim() ?? "";
        return text.Length == 0 ? "" : (text.Any(c => c is '-' or ',' or '/' or '+') || text.Contains(" en ", StringComparison.Ordinal) ? "groepen " : "groep ") + text;
    }
}
