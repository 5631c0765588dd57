using System.Text.RegularExpressions;

namespace PlanGen.Synthetic;

/// <summary>Rewrites an example school's or board's YAML text into a new fictional one, line by line.</summary>
internal static partial class SchoolText
{
    /// <summary>"naam: Kim van der Laan": a person (two or more capitalised words, with Dutch infixes).</summary>
    [GeneratedRegex(@"^(\s*-?\s*naam: )(\p{Lu}\p{Ll}+(?: (?:van der|van den|van|de|den|ter|te))? \p{Lu}\p{Ll}+)\s*$")]
    private static partial Regex PersonLine();

    [GeneratedRegex(@"^(  brin: ).*$")]
    private static partial Regex BrinLine();

    [GeneratedRegex(@"^(  adres: ).*$")]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"^(  plaats: ).*$")]
    private static partial Regex TownLine();

    public static string School(string text, Archetype archetype, SyntheticSchool school, Random random)
    {
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line =>
        {
            line = BrinLine().Replace(line, m => m.Groups[1].Value + school.Brin);
            line = AddressLine().Replace(line, m => $"{m.Groups[1].Value}{random.Pick(Names.Streets)} {random.Next(1, 200)}");
            line = TownLine().Replace(line, m => m.Groups[1].Value + school.Town);
            return PersonLine().Replace(line, m =>
            {
                var old = m.Groups[2].Value;
                if (!people.TryGetValue(old, out var name))
                {
                    name = $"{random.Pick(Names.FirstNames)} {random.Pick(Names.LastNames)}";
                    people[old] = name;
                }
                return m.Groups[1].Value + name;
            });
        });
        return string.Join('\n', lines)
            .Replace(archetype.Name, school.Name, StringComparison.Ordinal)
            .Replace(archetype.ShortName, school.ShortName, StringComparison.Ordinal)
            .Replace(archetype.Domain, school.Domain, StringComparison.Ordinal);
    }

    public static string Board(string text, BoardArchetype archetype, SyntheticBoard board) =>
        text.Replace("\r\n", "\n")
            .Replace(archetype.Name, board.Name, StringComparison.Ordinal)
            .Replace(archetype.Domain, board.Domain, StringComparison.Ordinal);
}
