using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
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

    /// <summary>Internal (everything) or public (private values left out); see <see cref="Editions.PublicEdition"/>.</summary>
    public Edition Edition { get; init; } = Edition.Intern;
}

/// <summary>What happened to one school in a build.</summary>
public sealed record SchoolBuildResult(string School, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, bool Failed);

/// <summary>
/// The build: check every school, render the valid ones, write every format atomically to
/// output/&lt;bestuur&gt;/&lt;school&gt;/&lt;schooljaar&gt;/. A failing school writes nothing and never stops the others.
/// </summary>
public sealed class BuildService
{
    private readonly TemplateRenderer templates = new();

    public IReadOnlyList<SchoolBuildResult> Build(BuildOptions options, DiagnosticBag general, Action<SchoolBuildResult>? progress = null)
    {
        var root = Path.GetFullPath(options.Root);
        var schools = SchoolChecker.Check(root, options.Paths, general)
            .Where(s => options.School is null || Matches(s.Directory, options.School))
            .ToList();
        if (options.School is not null && schools.Count == 0)
        {
            general.Error(SourceLocation.OfFile(options.School), Codes.MissingFile, $"geen school gevonden met de naam '{options.School}'", "geef de mapnaam van de school, bijvoorbeeld bestuur/school");
        }
        var renderer = new DocumentRenderer(root, templates);
        var output = Path.GetFullPath(options.OutputDirectory, root);
        var results = new SchoolBuildResult[schools.Count];
        Parallel.For(0, schools.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = BuildSchool(schools[i], renderer, options.Writers, output, root, options.Edition);
            progress?.Invoke(results[i]);
        });
        return results;
    }

    private static SchoolBuildResult BuildSchool(SchoolChecker.CheckedSchool school, DocumentRenderer renderer, IReadOnlyList<IDocumentWriter> writers, string output, string root, Edition edition)
    {
        var id = PathDisplay.Relative(Path.Combine(root, "schools"), school.Directory);
        if (!school.IsValid)
        {
            return new SchoolBuildResult(id, school.Diagnostics.Sorted(), [], Failed: true);
        }
        var project = PublicEdition.Prepare(school.Project!, edition);
        var diagnostics = school.Diagnostics;
        // Render everything first: a template error must not leave half a school's documents behind.
        var rendered = new List<(string Folder, RenderedDocument Document)>();
        foreach (var plan in project.Years)
        {
            var documents = renderer.Render(project, plan, diagnostics);
            if (documents is null)
            {
                return new SchoolBuildResult(id, diagnostics.Sorted(), [], Failed: true);
            }
            var folder = Path.Combine(output, project.BoardId, project.SchoolId, plan.Schooljaar);
            rendered.AddRange(documents.Select(d => (folder, PublicEdition.Finish(d, edition))));
        }
        var written = new List<string>();
        foreach (var (folder, document) in rendered)
        {
            foreach (var writer in writers)
            {
                var path = Path.Combine(folder, $"{document.Info.FileName}.{writer.Extension}");
                AtomicFile.Write(path, stream => writer.Write(document, stream));
                written.Add(PathDisplay.Relative(root, path));
            }
        }
        return new SchoolBuildResult(id, diagnostics.Sorted(), written, Failed: false);
    }

    private static bool Matches(string directory, string filter)
    {
        var normalized = filter.Replace('\\', '/').TrimEnd('/');
        var school = Path.GetFileName(directory);
        var board = Path.GetFileName(Path.GetDirectoryName(directory)!);
        return normalized == school || normalized == $"{board}/{school}" || normalized == $"schools/{board}/{school}";
    }
}
