using PlanGen.Core.Model;

namespace PlanGen.Core.Loading;

/// <summary>One school as found on disk: where it lives, its merged data and its year plans.</summary>
public sealed record SchoolProject
{
    /// <summary>Folder name of the board, e.g. "stichting-rivierenland".</summary>
    public required string BoardId { get; init; }

    /// <summary>Folder name of the school, e.g. "obs-de-linde".</summary>
    public required string SchoolId { get; init; }

    public required string SchoolDirectory { get; init; }

    public required string BoardDirectory { get; init; }

    public required SchoolData Data { get; init; }

    /// <summary>Year plans, sorted by school year.</summary>
    public required IReadOnlyList<YearPlan> Years { get; init; }

    /// <summary>Every input file read for this school (for incremental builds and reports).</summary>
    public required IReadOnlyList<string> InputFiles { get; init; }

    public string Id => $"{BoardId}/{SchoolId}";
}
