using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Files;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Building;

public sealed record BuildOptions
{
    public required string Root { get; init; }

    public IReadOnlyList<string> Paths { get; init; } = ["schools"];

    /// <summary>Only schools whose id ("bestuur/school") or folder name matches; null for all.</summary>
    public string? School { get; init; }

    public required IReadOnlyList<IDocumentWriter> Writers { get; init; }

    public string OutputDirectory { get; init; } = "output";

    /// <summary>Internal (everything) or public (private values left out); see <see cref="Templating.ModelView"/>.</summary>
    public Edition Edition { get; init; } = Edition.Intern;

    /// <summary>
    /// Keep a manifest per school (output/&lt;bestuur&gt;/&lt;school&gt;/.plangen-manifest.json), skip schools whose
    /// inputs did not change, and remove the output of schools that no longer exist.
    /// </summary>
    public bool Incremental { get; init; }

    /// <summary>With <see cref="Incremental"/>: build every school even when nothing changed.</summary>
    public bool Force { get; init; }

    /// <summary>Building for the site (<c>plangen publish</c>): each document gets its <see cref="Output.DocumentInfo.SiteLinks"/>.</summary>
    public bool SiteLinks { get; init; }

    /// <summary>Only the schools of this part (<c>--shard 2/8</c>); see <see cref="Incremental.Shard"/>.</summary>
    public Shard Shard { get; init; } = Shard.All;
}

/// <summary>What happened to one school in a build.</summary>
public sealed record SchoolBuildResult(string School, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, bool Failed)
{
    /// <summary>Skipped: its inputs were the same as at the last build (its diagnostics are those of that build).</summary>
    public bool Unchanged { get; init; }

    /// <summary>The school no longer exists; the files it had in the output were removed.</summary>
    public bool Removed { get; init; }

    /// <summary>Files (relative to the root) whose bytes this build changed or created.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>Files (relative to the root) this build removed.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];
}

/// <summary>
/// The build: check every school, render the valid ones, write every format atomically to
/// output/&lt;bestuur&gt;/&lt;school&gt;/&lt;schooljaar&gt;/. Schools are handled in parallel, one at a time per core
/// from loading to writing, so memory stays bounded. A failing school writes nothing and never stops the others.
/// </summary>
public sealed class BuildService
{
    private readonly TemplateRenderer templates = new();

    public IReadOnlyList<SchoolBuildResult> Build(BuildOptions options, DiagnosticBag general, Action<SchoolBuildResult>? progress = null)
    {
        BuildTrace.Mark("build: start");
        var root = Path.GetFullPath(options.Root);
        var found = SchoolDiscovery.Find(root, options.Paths, general);
        var chosen = found.Where(d => options.School is null || SchoolDiscovery.MatchesName(d, options.School)).ToList();
        if (options.School is not null && chosen.Count == 0)
        {
            general.Error(SourceLocation.OfFile(options.School), Codes.MissingFile, $"geen school gevonden met de naam '{options.School}'", "geef de mapnaam van de school, bijvoorbeeld bestuur/school");
        }
        var schools = chosen.Where(d => options.Shard.Contains(SchoolBuilder.IdOf(d))).ToList();
        BuildTrace.Mark($"build: {schools.Count} schools found");
        var builder = new SchoolBuilder(root, options, templates);
        var results = new SchoolBuildResult[schools.Count];
        void BuildOne(int i)
        {
            results[i] = BuildIsolated(builder, schools[i], root);
            progress?.Invoke(results[i]);
        }
        // One school (build --school, or one changed) on this thread; its formats are still written in parallel.
        if (schools.Count == 1)
        {
            BuildOne(0);
        }
        else
        {
            Parallel.For(0, schools.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, BuildOne);
        }
        BuildTrace.Mark("build: every school done");
        builder.Finish();
        BuildTrace.Mark("build: warm-up done");
        var removed = RemoveDeleted(options, root, found, general);
        foreach (var result in removed)
        {
            progress?.Invoke(result);
        }
        return [.. results, .. removed];
    }

    /// <summary>One school's fault, whatever it is, stops only that school, with a Dutch line naming it.</summary>
    private static SchoolBuildResult BuildIsolated(SchoolBuilder builder, string directory, string root)
    {
        try
        {
            return builder.Build(directory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var id = SchoolBuilder.IdOf(directory);
            var at = SourceLocation.OfFile(PathDisplay.Relative(root, directory));
            var diagnostic = IoFailure.IsIo(e)
                ? new Diagnostic(at, Codes.WriteFailed, Severity.Error, $"school {id} kon niet gebouwd worden: {IoFailure.Reason(e)}", IoFailure.Hint(e))
                : new Diagnostic(at, Codes.WriterFailed, Severity.Error, $"school {id} kon niet gebouwd worden door een fout in PlanGen ({e.GetType().Name}); de andere scholen zijn wel gebouwd", "meld dit bij de beheerder van PlanGen, met deze regel");
            return new SchoolBuildResult(id, [diagnostic], [], Failed: true);
        }
    }

    /// <summary>Only a build of all schools knows which were deleted; only those of this shard are cleaned up.</summary>
    private static IReadOnlyList<SchoolBuildResult> RemoveDeleted(BuildOptions options, string root, IReadOnlyList<string> found, DiagnosticBag general)
    {
        var everything = options.School is null && options.Paths.SequenceEqual(["schools"]) && !general.HasErrors;
        if (!options.Incremental || !everything)
        {
            return [];
        }
        var output = Path.GetFullPath(options.OutputDirectory, root);
        var present = found.Select(SchoolBuilder.IdOf).ToHashSet(StringComparer.Ordinal);
        return OutputCleanup.SchoolsWithManifest(output)
            .Where(id => !present.Contains(id) && options.Shard.Contains(id))
            .Select(id =>
            {
                var deleted = OutputCleanup.RemoveSchool(output, id).Select(f => PathDisplay.Relative(root, Path.Combine(output, f))).ToList();
                return new SchoolBuildResult(id, [], [], Failed: false) { Removed = true, Deleted = deleted };
            })
            .ToList();
    }
}
