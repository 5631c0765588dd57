namespace PlanGen.Document.Style;

/// <summary>The PDCA phase of a kwaliteitskaart block (<c>::: blok FASE</c>, docs/markdown.md).</summary>
public enum Phase
{
    Visie,
    Plan,
    Do,
    Check,
    Act,
}

/// <summary>Names of the phases as the Markdown writes them, and the reference card's palette.</summary>
public static class Phases
{
    /// <summary>In contract order.</summary>
    public static IReadOnlyList<Phase> All { get; } = [Phase.Visie, Phase.Plan, Phase.Do, Phase.Check, Phase.Act];

    /// <summary>"visie", "plan", "do", "check", "act": the name in the Markdown and in CSS classes.</summary>
    public static string Name(Phase phase) => phase.ToString().ToLowerInvariant();

    /// <summary>The phase a block's arguments name, in any case; null when it is none of ours.</summary>
    public static Phase? Parse(string? arguments)
    {
        var word = arguments?.Trim();
        foreach (var phase in All)
        {
            if (string.Equals(word, Name(phase), StringComparison.OrdinalIgnoreCase))
            {
                return phase;
            }
        }

        return null;
    }

    /// <summary>The fixed colour of a phase; null for visie, which takes the board's accent colour.</summary>
    public static Colour? FixedColour(Phase phase) => phase switch
    {
        Phase.Plan => new Colour(0x2E, 0x7D, 0x32),
        Phase.Do => new Colour(0x15, 0x65, 0xC0),
        Phase.Check => new Colour(0xEF, 0x6C, 0x00),
        Phase.Act => new Colour(0x6A, 0x1B, 0x9A),
        _ => null,
    };
}
