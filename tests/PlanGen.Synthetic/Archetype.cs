namespace PlanGen.Synthetic;

/// <summary>
/// An example school of the repository that synthetic schools are modelled on: its files, its
/// name (replaced everywhere in its text) and its web domain (replaced by the new school's).
/// </summary>
public sealed record Archetype(string SchoolFolder, string Name, string ShortName, string Domain, int Weight);

/// <summary>An example board and the schools of that board that serve as archetypes.</summary>
public sealed record BoardArchetype(string BoardFolder, string Name, string Domain, IReadOnlyList<Archetype> Schools)
{
    /// <summary>The repository's example boards: a long plan (De Buitenhof) down to a small school ('t Kompas).</summary>
    public static IReadOnlyList<BoardArchetype> Examples { get; } =
    [
        new("stichting-horizon", "Stichting Horizon Basisonderwijs", "horizon-basisonderwijs.example",
        [
            new("ikc-de-buitenhof", "IKC De Buitenhof", "De Buitenhof", "ikcdebuitenhof.example", Weight: 3),
            new("jenaplanschool-de-wilgen", "Jenaplanschool De Wilgen", "De Wilgen", "jenaplandewilgen.example", Weight: 2),
        ]),
        new("stichting-rivierenland", "Stichting Openbaar Onderwijs Rivierenland", "rivierenland-onderwijs.example",
        [
            new("obs-de-linde", "OBS De Linde", "De Linde", "obsdelinde.example", Weight: 3),
            new("obs-t-kompas", "OBS 't Kompas", "'t Kompas", "obstkompas.example", Weight: 2),
        ]),
    ];

    public Archetype Pick(Random random)
    {
        var roll = random.Next(Schools.Sum(s => s.Weight));
        foreach (var school in Schools)
        {
            roll -= school.Weight;
            if (roll < 0)
            {
                return school;
            }
        }
        return Schools[^1];
    }
}
