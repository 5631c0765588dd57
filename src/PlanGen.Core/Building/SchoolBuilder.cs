using System.Security.Cryptography;
using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Files;
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

    // Schools past their unchanged check and not yet done: the cores they keep busy (see the jobs' loop).
    private int building;

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
    public static string IdOf(string schoolDirectory) => SchoolDiscovery.IdOf(schoolDirectory);

    public SchoolBuildResult Build(string directory)
    {
        var id = IdOf(directory);
        var manifestPath = Path.Combine(output, id, SchoolManifest.FileName);
        var previous = options.Incremental ? ManifestJson.Read(manifestPath) : null;
        if (previous is not null && !options.Force && IsUpToDate(previous, id, directory, manifestPath))
        {
            return new SchoolBuildResult(id, previous.Diagnostics, [], Failed: false) { Unchanged = true };
        }
        BuildTrace.Mark($"{id}: to build");
        warmUp.Start();
        Interlocked.Increment(ref building);
        try
        {
            return BuildChanged(id, directory, previous, manifestPath);
        }
        finally
        {
            Interlocked.Decrement(ref building);
        }
    }

    private SchoolBuildResult BuildChanged(string id, string directory, SchoolManifest? previous, string manifestPath)
    {
        var school = SchoolChecker.CheckOne(loader, directory);
        BuildTrace.Mark($"{id}: loaded and validated");
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
        BuildTrace.Mark($"{id}: rendered");
        // Every (document, format) pair in parallel too: when one school changed, it still uses every core.
        var fingerprints = rendered.Select(r => options.Incremental ? DocumentFingerprint.Of(r.Document, options.Edition == Edition.Intern) : null).ToList();
        var jobs = rendered.SelectMany((r, d) => options.Writers.Select(w => (r.Folder, r.Document, Writer: w, Fingerprint: fingerprints[d]))).ToList();
        var reusable = Reusable(previous, id, manifestPath);
        var done = new (string Path, bool Changed, ManifestOutput Output)?[jobs.Count];
        var failures = new Diagnostic?[jobs.Count];
        var schoolFile = SourceLocation.OfFile(PathDisplay.Relative(root, Path.Combine(directory, SchoolDiscovery.SchoolFile)));
        // The slowest formats start first (longest job first): otherwise a PDF taken last keeps one core busy alone.
        var order = Enumerable.Range(0, jobs.Count).OrderBy(i => Cost(jobs[i].Writer.Format)).ToArray();
        void Job(int k)
        {
            var i = order[k];
            var (folder, document, writer, fingerprint) = jobs[i];
            var path = Path.Combine(folder, $"{document.Info.FileName}.{writer.Extension}");
            var relative = Path.GetRelativePath(this.output, path).Replace('\\', '/');
            // The same rendered document as last time, and its file as that build left it: nothing to write.
            if (fingerprint is not null && reusable(relative, fingerprint) is { } kept)
            {
                done[i] = (PathDisplay.Relative(root, path), false, kept);
                return;
            }
            // One (document, format) that fails costs only that file: the other formats and schools are still written.
            if (WriteOne(writer, document) is not { } bytes)
            {
                failures[i] = WriterFailure(schoolFile, id, document, writer);
                return;
            }
            BuildTrace.Mark($"{id}: {document.Info.SchoolYear} {document.Info.FileName}.{writer.Extension} made");
            var output = new ManifestOutput(relative, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), fingerprint);
            try
            {
                done[i] = (PathDisplay.Relative(root, path), AtomicFile.Write(path, bytes), output);
            }
            catch (Exception e) when (IoFailure.IsIo(e))
            {
                failures[i] = new Diagnostic(SourceLocation.OfFile(PathDisplay.Relative(root, path)), Codes.WriteFailed, Severity.Error, $"kan dit bestand niet schrijven: {IoFailure.Reason(e)}", IoFailure.Hint(e));
            }
        }
        // While other schools keep every core busy, this school's jobs run one after another on its own thread: nested
        // parallel loops made the thread pool add threads (12 and more runnable on 2 cores in a full build). As soon as
        // fewer schools are in this phase than there are cores (one changed school, the end of a build), the jobs
        // left use the idle cores.
        for (var k = 0; k < order.Length; k++)
        {
            if (Volatile.Read(ref building) < Environment.ProcessorCount && k < order.Length - 1)
            {
                Parallel.For(k, order.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Job);
                break;
            }
            Job(k);
        }
        var failed = failures.OfType<Diagnostic>().ToList();
        diagnostics.AddRange(failed);
        var written = done.OfType<(string Path, bool Changed, ManifestOutput Output)>().ToList();
        var changed = written.Where(d => d.Changed).Select(d => d.Path).ToList();
        var outputs = written.Select(d => d.Output).ToList();
        var sorted = diagnostics.Sorted();
        var deleted = new List<string>();
        if (failed.Count > 0)
        {
            // No new manifest: the next build tries this school again.
            return new SchoolBuildResult(id, sorted, [.. written.Select(d => d.Path)], Failed: true) { Changed = changed };
        }
        if (options.Incremental)
        {
            var made = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
            var kept = OutputCleanup.RemoveStale(output, previous, made, extensions);
            deleted.AddRange((previous?.Outputs ?? []).Where(o => !made.Contains(o.Path) && !kept.Contains(o)).Select(o => PathDisplay.Relative(root, Path.Combine(output, o.Path))));
            // The board's font file is embedded too: a new version of it must rebuild the school.
            var font = rendered.Any(r => r.Document.Info.FontFile is not null) ? Validation.FontPaths.PathOf(project) : null;
            var assets = rendered.Select(r => r.Document.Info.LogoPath).Append(font).OfType<string>();
            var manifest = new SchoolManifest(id, settings, inputs.All(directory, used, assets), [.. outputs.Concat(kept).OrderBy(o => o.Path, StringComparer.Ordinal)], sorted);
            try
            {
                AtomicFile.Write(manifestPath, ManifestJson.Write(manifest));
            }
            catch (Exception e) when (IoFailure.IsIo(e))
            {
                diagnostics.Error(SourceLocation.OfFile(PathDisplay.Relative(root, manifestPath)), Codes.WriteFailed, $"kan dit bestand niet schrijven: {IoFailure.Reason(e)}", IoFailure.Hint(e));
                return new SchoolBuildResult(id, diagnostics.Sorted(), [.. written.Select(d => d.Path)], Failed: true) { Changed = changed, Deleted = deleted };
            }
        }
        BuildTrace.Mark($"{id}: done");
        return new SchoolBuildResult(id, sorted, [.. written.Select(d => d.Path)], Failed: false) { Changed = changed, Deleted = deleted };
    }

    /// <summary>Which writers take longest per document (PDF about twice DOCX, DOCX several times HTML; Markdown nothing).</summary>
    internal static int Cost(string format) => format switch
    {
        "pdf" => 0,
        "docx" => 1,
        "html" => 2,
        _ => 3,
    };

    /// <summary>The writer's bytes, or null when it failed: a writer's exception is a fault in one format, not in the build.</summary>
    private static byte[]? WriteOne(IDocumentWriter writer, RenderedDocument document)
    {
        try
        {
            using var buffer = new MemoryStream();
            writer.Write(document, buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>"de PDF van 'Sociaal veiligheidsplan' (2025-2026) voor school b/s kon niet gemaakt worden".</summary>
    private static Diagnostic WriterFailure(SourceLocation at, string id, RenderedDocument document, IDocumentWriter writer) =>
        new(at, Codes.WriterFailed, Severity.Error,
            $"het formaat {FormatName(writer.Format)} van '{document.Info.Title}' (schooljaar {document.Info.SchoolYear}) voor school {id} kon niet gemaakt worden; de andere formaten en scholen zijn wel geschreven",
            "vereenvoudig de tekst die dit document breekt (bijvoorbeeld heel diep geneste lijsten of citaten) en bouw opnieuw; blijft het zo, meld het dan bij de beheerder van PlanGen");

    private static string FormatName(string format) => format switch
    {
        "md" => "Markdown",
        "docx" => "Word (docx)",
        "pdf" => "PDF",
        "html" => "HTML",
        _ => format,
    };

    private RenderedDocument WithLinks(RenderedDocument document) =>
        options.SiteLinks ? document.WithInfo(Building.SiteLinks.Add(document.Info, extensions)) : document;

    /// <summary>
    /// An output changed or removed by hand since the last build is not trusted: its bytes must still hash the same.
    /// One last written before its manifest (<paramref name="manifestWritten"/>) and of the recorded size is the file
    /// that build wrote or kept, so it is not read again (make's rule; a nothing-changed build of 1,000 schools
    /// would otherwise hash all 325 MB of its output). Touched at or after the manifest, it is hashed.
    /// </summary>
    private static bool OutputIntact(string path, ManifestOutput recorded, DateTime manifestWritten)
    {
        try
        {
            if (new FileInfo(path) is not { Exists: true } file || file.Length != recorded.Bytes)
            {
                return false;
            }
            if (file.LastWriteTimeUtc < manifestWritten)
            {
                return true;
            }
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == recorded.Sha256;
        }
        catch (Exception e) when (IoFailure.IsIo(e))
        {
            return false;
        }
    }

    /// <summary>
    /// The earlier output of that path when the last build wrote it from a document with this fingerprint, under the
    /// same settings, and it is still intact; else null. Nothing is reused when the build is forced or had no manifest.
    /// </summary>
    private Func<string, string, ManifestOutput?> Reusable(SchoolManifest? previous, string id, string manifestPath)
    {
        if (previous is null || options.Force || previous.School != id || previous.Settings != settings)
        {
            return (_, _) => null;
        }
        var earlier = previous.Outputs.Where(o => o.Document is not null).ToDictionary(o => o.Path, StringComparer.Ordinal);
        var manifestWritten = File.GetLastWriteTimeUtc(manifestPath);
        return (relative, fingerprint) =>
            earlier.TryGetValue(relative, out var old) && old.Document == fingerprint && OutputIntact(Path.Combine(output, old.Path), old, manifestWritten) ? old : null;
    }

    /// <summary>Called once all schools are done.</summary>
    public void Finish() => warmUp.Wait();

    /// <summary>The inputs first: a changed school is found without looking at its outputs.</summary>
    private bool IsUpToDate(SchoolManifest previous, string id, string directory, string manifestPath)
    {
        if (previous.School != id || previous.Settings != settings || !inputs.Unchanged(previous, directory))
        {
            return false;
        }
        var manifestWritten = File.GetLastWriteTimeUtc(manifestPath);
        return previous.Outputs.All(o => OutputIntact(Path.Combine(output, o.Path), o, manifestWritten));
    }
}
