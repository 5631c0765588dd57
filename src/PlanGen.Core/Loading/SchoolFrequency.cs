using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Loading;

/// <summary>
/// How often an instrument is taken, in words: "3 keer per jaar", "eens per jaar" (jaarlijks), or once in
/// several years: "eens per twee jaar" (om het jaar, tweejaarlijks), "eens per drie jaar", "eens per vier jaar".
/// </summary>
public sealed partial record SchoolFrequency(int PerYear, int EveryYears)
{
    public const string AcceptedForms = "3 keer per jaar, eens per jaar (jaarlijks), eens per twee jaar (om het jaar, tweejaarlijks), eens per drie jaar, eens per vier jaar";

    private static readonly string[] Numbers = ["een", "twee", "drie", "vier", "vijf"];

    /// <summary>At least once in every school year.</summary>
    public bool Yearly => EveryYears == 1 && PerYear >= 1;

    /// <summary>The words the plan prints.</summary>
    public string Display => EveryYears > 1
        ? $"eens per {Numbers[EveryYears - 1]} jaar"
        : PerYear == 1 ? "eens per jaar" : $"{PerYear} keer per jaar";

    /// <summary>Whether a school year is one of the years the instrument is taken, counted from <paramref name="from"/>.</summary>
    public bool TakenIn(SchoolYear year, SchoolYear? from) =>
        EveryYears == 1 || from is null || ((year.StartYear - from.Value.StartYear) % EveryYears + EveryYears) % EveryYears == 0;

    public static SchoolFrequency? Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant() ?? "";
        switch (value)
        {
            case "jaarlijks" or "eens per jaar" or "een keer per jaar" or "1 keer per jaar" or "elk jaar" or "ieder jaar":
                return new SchoolFrequency(1, 1);
            case "om het jaar" or "tweejaarlijks":
                return new SchoolFrequency(1, 2);
        }
        if (Times().Match(value) is { Success: true } times && int.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture) > 0)
        {
            return new SchoolFrequency(int.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture), 1);
        }
        if (Every().Match(value) is { Success: true } every)
        {
            var word = every.Groups[1].Value;
            var years = int.TryParse(word, out var n) ? n : Array.IndexOf(Numbers, word) + 1;
            return years is >= 1 and <= 5 ? new SchoolFrequency(1, years) : null;
        }
        return null;
    }

    [GeneratedRegex(@"^(\d{1,2})\s*(?:keer|x)\s+per\s+(?:school)?jaar$")]
    private static partial Regex Times();

    [GeneratedRegex(@"^(?:eens|een keer|1 keer)\s+per\s+(\w+)\s+(?:school)?jaar$")]
    private static partial Regex Every();
}
