using System.Security.Cryptography;
using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Editions;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Building;

/// <summary>
/// Builds one school from start to end: skip it when its manifest says nothing changed, else load,
/// validate, render every document, write every format, and record what it used and wrote.
/// </summary>
internal sealed class SchoolBuilder
{
    private readonly string root;
    private readonly string output;
    private readonly BuildOptions options;
    private readonly SchoolLoader loader;
    private readonly DocumentRenderer renderer;
    private readonly SchoolInputs inputs;
    private readonly string settings;
    private readonly IReadOnlySet<string> extensions;
    private readonly WriterWarmUp warmUp;

    public SchoolBuilder(string root, BuildOptions options, TemplateRenderer templates)
    {
        this.root = root;
        this.options = options;
        output = Path.GetFullPath(options.OutputDirectory, root);
        loader = new SchoolLoader(root);
        renderer = new DocumentRenderer(root, templates);
        inputs = new SchoolInputs(root, TemplateRoots.BuiltIn(root));
        settings = options.Incremental ? BuildSettings.Hash(options.Writers, options.Edition) + (options.SiteLinks ? "+site" : "") : "";
        extensions = options.Writers.Select(w => w.Extension).ToHashSet(StringComparer.Ordinal);
        warmUp = new WriterWarmUp(options.Writers);
    }

    /// <summary>"bestuur/school": the folder names, as in the output folder and the manifest.</summary>
    public static string IdOf(string schoolDirectory) =>
        $"{Path.GetFileName(Path.GetDirectoryName(schoolDirectory))}/{Path.GetFileName(schoolDirectory)}";

    public SchoolBuildResult Build(string directory)
    {
        var id = IdOf(directory);
        var manifestPath = Path.Combine(output, id, SchoolManifest.FileName);
        var previous = options.Incremental ? ManifestJson.Read(manifestPath) : null;
        if (previous is not null && !options.Force && IsUpToDate(previous, id, directory))
        {
            return new SchoolBuildResult(id, previous.Diagnostics, [], Failed: false) { Unchanged = true };
        }
        warmUp.Start();
        var school = SchoolChecker.CheckOne(loader, directory);
        if (!school.IsValid)
        {
            return new SchoolBuildResult(id, school.Diagnostics.Sorted(), [], Failed: true);
        }
        var project = school.Project!;
        var diagnostics = school.Diagnostics;
        // Render everything first: a template error must not leave half a school's documents behind.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rendered = new List<(string Folder, RenderedDocument Document)>();
        foreach (var plan in project.Years)
        {
            var documents = renderer.Render(project, plan, diagnostics, used, options.Edition);
            if (documents is null)
            {
                return new SchoolBuildResult(id, diagnostics.Sorted(), [], Failed: true);
            }
            var folder = Path.Combine(output, project.BoardId, project.SchoolId, plan.Schooljaar);
            rendered.AddRange(documents.Select(d => (folder, WithLinks(d))));
        }
        // Every (document, format) pair in parallel too: when one school changed, it still uses every core.
        var jobs = rendered.SelectMany(r => options.Writers.Select(w => (r.Folder, r.Document, Writer: w))).ToList();
        var done = new (string Path, bool Changed, ManifestOutput Output)[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (folder, document, writer) = jobs[i];
            var path = Path.Combine(folder, $"{document.Info.FileName}.{writer.Extension}");
            using var buffer = new MemoryStream();
            writer.Write(document, buffer);
            var bytes = buffer.ToArray();
            var output = new ManifestOutput(Path.GetRelativePath(this.output, path).Replace('\\', '/'), bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            done[i] = (PathDisplay.Relative(root, path), AtomicFile.Write(path, bytes), output);
        });
        var written = done.Select(d => d.Path).ToList();
        var changed = done.Where(d => d.Changed).Select(d => d.Path).ToList();
        var outputs = done.Select(d => d.Output).ToList();
        var sorted = diagnostics.Sorted();
        var deleted = new List<string>();
        if (options.Incremental)
        {
            var made = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
            var kept = OutputCleanup.RemoveStale(output, previous, made, extensions);
            deleted.AddRange((previous?.Outputs ?? []).Where(o => !made.Contains(o.Path) && !kept.Contains(o)).Select(o => PathDisplay.Relative(root, Path.Combine(output, o.Path))));
            var assets = rendered.Select(r => r.Document.Info.LogoPath).OfType<string>();
            var manifest = new SchoolManifest(id, settings, inputs.All(directory, used, assets), [.. outputs.Concat(kept).OrderBy(o => o.Path, StringComparer.Ordinal)], sorted);
            AtomicFile.Write(manifestPath, ManifestJson.Write(manifest));
        }
        return new SchoolBuildResult(id, sorted, written, Failed: false) { Changed = changed, Deleted = deleted };
    }

    private RenderedDocument WithLinks(RenderedDocument document) =>
        options.SiteLinks ? document.WithInfo(Building.SiteLinks.Add(document.Info, extensions)) : document;

    /// <summary>Called once all schools are done.</summary>
    public void Finish() => warmUp.Wait();

    private bool IsUpToDate(SchoolManifest previous, string id, string directory) =>
        previous.School == id
        && previous.Settings == settings
        && previous.Outputs.All(o => new FileInfo(Path.Combine(output, o.Path)) is { Exists: true } file && file.Length == o.Bytes)
        && inputs.Unchanged(previous, directory);
}
