using System.Globalization;

namespace PlanGen.Site.Model;

/// <summary>
/// Dutch filing order for school and board names: a school type ("OBS", "IKC", "Jenaplanschool") and an
/// article ("'t", "De", "Het") in front do not count, so OBS 't Kompas files under K and IKC De Buitenhof
/// under B. Ties keep the full name's order.
/// </summary>
public sealed class DutchOrder : IComparer<string>
{
    public static DutchOrder Instance { get; } = new();

    private static readonly CompareInfo Dutch = CultureInfo.GetCultureInfo("nl-NL").CompareInfo;

    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "obs", "cbs", "pcbs", "rkbs", "rk", "kbs", "ikc", "sbo", "so", "bs", "sbs", "icbs", "prot.", "chr.",
        "basisschool", "openbare", "christelijke", "katholieke", "protestants-christelijke", "school", "kindcentrum",
        "jenaplanschool", "daltonschool", "montessorischool", "vrije", "stichting",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "'t", "\u2019t", "de", "het", "den", "der" };

    /// <summary>The part of the name it files under, e.g. "Kompas" for "OBS 't Kompas".</summary>
    public static string Key(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var start = 0;
        while (start < words.Count - 1 && Prefixes.Contains(words[start]))
        {
            start++;
        }
        while (start < words.Count - 1 && Articles.Contains(words[start]))
        {
            start++;
        }
        return string.Join(' ', words.Skip(start));
    }

    public int Compare(string? x, string? y)
    {
        var order = Dutch.Compare(Key(x ?? ""), Key(y ?? ""), CompareOptions.IgnoreCase);
        return order != 0 ? order : Dutch.Compare(x, y, CompareOptions.IgnoreCase);
    }
}
