namespace PlanGen.Synthetic;

public sealed record SyntheticBoard(string Id, string Name, string Domain, BoardArchetype Archetype);

public sealed record SyntheticSchool(string Id, string Name, string ShortName, string Brin, string Town, string Domain);

/// <summary>
/// Writes N fictional schools over M boards into &lt;target&gt;/schools/, modelled on the repository's
/// example schools (so every one is valid and of a realistic size, up to the long plan of De Buitenhof).
/// Deterministic: the same seed, counts and examples give the same bytes. Web and e-mail addresses
/// are on reserved *.example domains.
/// </summary>
public static class SyntheticSchools
{
    /// <summary>Returns the school ids ("bestuur/school") written.</summary>
    public static IReadOnlyList<string> Generate(string sourceSchools, string target, int schools, int boards, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(boards, 1);
        var boardList = Enumerable.Range(0, boards).Select(b => WriteBoard(sourceSchools, target, b, seed)).ToList();
        var ids = new List<string>(schools);
        for (var i = 0; i < schools; i++)
        {
            var board = boardList[i % boards];
            var random = new Random(Mix(seed, i));
            var archetype = board.Archetype.Pick(random);
            var shortName = $"{random.Pick(Names.Words)} {i + 1}";
            var prefix = random.Pick(Names.Prefixes);
            var slug = $"{Names.Slug(prefix)}-{string.Join('-', shortName.ToLowerInvariant().Split(' '))}";
            var school = new SyntheticSchool(
                Id: $"{board.Id}/{slug}",
                Name: $"{prefix} {shortName}",
                ShortName: shortName,
                Brin: $"{10 + i / 2600 % 90:D2}{(char)('A' + i / 100 % 26)}{(char)('A' + i / 10 % 10)}{i % 100:D2}",
                Town: random.Pick(Names.Towns),
                Domain: $"{Names.Slug(prefix + shortName)}.example");
            WriteSchool(sourceSchools, target, board, archetype, school, random);
            ids.Add(school.Id);
        }
        return ids;
    }

    /// <summary>SplitMix64 finaliser: neighbouring seeds give unrelated sequences (System.Random's do not).</summary>
    private static int Mix(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static SyntheticBoard WriteBoard(string sourceSchools, string target, int index, int seed)
    {
        var random = new Random(Mix(seed, -1 - index));
        var archetype = BoardArchetype.Examples[index % BoardArchetype.Examples.Count];
        var town = random.Pick(Names.Towns);
        var board = new SyntheticBoard($"stichting-{Names.Slug(town)}-{index + 1}", $"Stichting Onderwijs {town} {index + 1}", $"onderwijs-{Names.Slug(town)}-{index + 1}.example", archetype);
        var source = Path.Combine(sourceSchools, archetype.BoardFolder);
        var folder = Path.Combine(target, "schools", board.Id);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(source).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(folder, Path.GetFileName(file));
            if (Path.GetFileName(file) == "bestuur.yaml")
            {
                File.WriteAllText(destination, SchoolText.Board(File.ReadAllText(file), archetype, board));
            }
            else
            {
                File.Copy(file, destination, overwrite: true);
            }
        }
        return board;
    }

    private static void WriteSchool(string sourceSchools, string target, SyntheticBoard board, Archetype archetype, SyntheticSchool school, Random random)
    {
        var source = Path.Combine(sourceSchools, board.Archetype.BoardFolder, archetype.SchoolFolder);
        var folder = Path.Combine(target, "schools", school.Id);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                File.WriteAllText(destination, SchoolText.School(File.ReadAllText(file), archetype, school, random));
            }
            else
            {
                File.Copy(file, destination, overwrite: true);
            }
        }
    }
}
