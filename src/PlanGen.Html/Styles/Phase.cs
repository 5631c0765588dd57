namespace PlanGen.Html.Styles;

/// <summary>The PDCA phases of a kwaliteitskaart block (`::: blok FASE`), with their colours from docs/markdown.md.</summary>
internal static class Phase
{
    /// <summary>Known phases in contract order; "visie" takes the board's accent colour.</summary>
    public static IReadOnlyList<string> All { get; } = ["visie", "plan", "do", "check", "act"];

    public static Rgb? FixedColour(string phase) => phase switch
    {
        "plan" => new Rgb(0x2E, 0x7D, 0x32),
        "do" => new Rgb(0x15, 0x65, 0xC0),
        "check" => new Rgb(0xEF, 0x6C, 0x00),
        "act" => new Rgb(0x6A, 0x1B, 0x9A),
        _ => null,
    };

    /// <summary>The phase named by a container's arguments, normalised; null when it is not one of ours.</summary>
    public static string? FromArguments(string? arguments)
    {
        var word = arguments?.Trim().ToLowerInvariant();
        return word is not null && All.Contains(word) ? word : null;
    }
}
