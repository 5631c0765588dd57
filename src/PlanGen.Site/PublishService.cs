using System.Text;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Site.Feeds;
using PlanGen.Site.Model;
using PlanGen.Site.Pages;

namespace PlanGen.Site;

public sealed record PublishOptions
{
    public required string Root { get; init; }

    /// <summary>Only this board (its folder name under schools/); null for all boards.</summary>
    public string? Board { get; init; }

    public string OutputDirectory { get; init; } = "output/site";

    public required IReadOnlyList<IDocumentWriter> Writers { get; init; }

    /// <summary>Where the site will live, for absolute locations in sitemap.xml; null for relative ones.</summary>
    public string? BaseUrl { get; init; }
}

public sealed record PublishResult(IReadOnlyList<SchoolBuildResult> Schools, SiteModel Site, IReadOnlyList<string> Pages);

/// <summary>
/// plangen publish: builds the public edition of every school into the site folder, then writes
/// the site's own pages (index, one page per school), sitemap.xml and index.json, each atomically.
/// A school with errors is left out; the others are still published.
/// </summary>
public static class PublishService
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static PublishResult Publish(PublishOptions options, DiagnosticBag general, Action<SchoolBuildResult>? progress = null)
    {
        var root = Path.GetFullPath(options.Root);
        var site = Path.GetFullPath(options.OutputDirectory, root);
        IReadOnlyList<string> paths = options.Board is null ? ["schools"] : [$"schools/{options.Board}"];
        // Parents get web pages, PDF and Word; Markdown is the schools' source format, not a download.
        var writers = options.Writers.Where(w => w.Extension != "md").ToList();
        var build = new BuildOptions { Root = root, Paths = paths, Writers = writers, OutputDirectory = site, Edition = Edition.Openbaar, SiteLinks = true };
        var results = new BuildService().Build(build, general, progress);
        if (general.HasErrors)
        {
            return new PublishResult(results, new SiteModel([]), []);
        }
        var built = results.Where(r => !r.Failed).Select(r => r.School).ToHashSet(StringComparer.Ordinal);
        var projects = SchoolChecker.Check(root, paths, new DiagnosticBag())
            .Where(s => s.IsValid && built.Contains(s.Project!.Id))
            .Select(s => PublicEdition.Prepare(s.Project!, Edition.Openbaar))
            .ToList();
        var model = SiteCollector.Collect(projects, site);
        var pages = new List<(string Path, byte[] Bytes)> { (IndexPage.Path, Utf8.GetBytes(IndexPage.Render(model))) };
        pages.AddRange(model.Schools.Select(s => (s.PagePath, Utf8.GetBytes(SchoolPage.Render(s)))));
        pages.Add((Sitemap.Path, Sitemap.Render(model, options.BaseUrl)));
        pages.Add((IndexJson.Path, IndexJson.Render(model)));
        foreach (var (path, bytes) in pages)
        {
            AtomicFile.Write(Path.Combine(site, path), stream => stream.Write(bytes));
        }
        return new PublishResult(results, model, pages.Select(p => p.Path).ToList());
    }
}
