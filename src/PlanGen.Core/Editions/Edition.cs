namespace PlanGen.Core.Editions;

/// <summary>
/// Which version of the documents is built. The internal edition (default for <c>build</c>) keeps
/// every value; the public edition (used by <c>publish</c>) leaves out private contact details and
/// every <c>::: intern</c> block. See docs/yaml-format.md, "Openbare en interne versie".
/// </summary>
public enum Edition
{
    /// <summary>Everything, for the school's own team ("intern").</summary>
    Intern,

    /// <summary>For the website: private values left out ("openbaar").</summary>
    Openbaar,
}

/// <summary>The Dutch names of the editions as the CLI takes them.</summary>
public static class EditionNames
{
    public static IReadOnlyList<string> All { get; } = ["intern", "openbaar"];

    public static Edition Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "openbaar" => Edition.Openbaar,
        "intern" => Edition.Intern,
        _ => throw new ArgumentException($"onbekende editie '{name}'; kies intern of openbaar", nameof(name)),
    };
}
