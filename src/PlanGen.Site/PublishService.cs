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

    /// <summary>Leave concept plans out (<c>--alleen-vastgesteld</c>); by default they are published with a concept label.</summary>
    public bool AdoptedOnly { get; init; }
}

public sealed record PublishResult(IReadOnlyList<SchoolBuildResult> Schools, SiteModel Site, IReadOnlyList<string> Pages);

/// <summary>
/// plangen publish: builds the public edition of every school into the site folder, then writes the
/// site's own pages (combined index, one index per board, one page per school), sitemap.xml and
/// index.json, each atomically. A school with errors keeps what was published for it before (or is left
/// out); the others are still published. Publishing one board keeps the other boards already in the
/// folder on the combined index (from their bestuur.json); publishing all boards removes boards and
/// schools that no longer exist, so no page is ever left unlinked.
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
        var checkedSchools = SchoolChecker.Check(root, paths, new DiagnosticBag());
        var projects = checkedSchools
            .Where(s => s.IsValid && built.Contains(s.Project!.Id))
            .Select(s => s.Project!)
            .ToList();
        var failed = results.Where(r => r.Failed).Select(r => r.School).ToHashSet(StringComparer.Ordinal);
        var published = SiteCollector.Collect(projects, site, options.AdoptedOnly)
            .Select(b => KeepFailedSchools(b, BoardSnapshot.Read(site, b.Id), failed))
            .ToDictionary(b => b.Id, StringComparer.Ordinal);
        // A board whose every school failed this time keeps its last publication.
        foreach (var id in failed.Select(f => f.Split('/')[0]).Distinct().Where(id => !published.ContainsKey(id)))
        {
            if (BoardSnapshot.Read(site, id) is { } previous)
            {
                published[id] = KeepFailedSchools(previous with { Schools = [] }, previous, failed);
            }
        }
        var others = new List<SiteBoard>();
        foreach (var id in BoardSnapshot.BoardIds(site).Where(id => !published.ContainsKey(id)))
        {
            if (options.Board is not null && BoardSnapshot.Read(site, id) is { } kept)
            {
                others.Add(kept);
            }
            else
            {
                SiteCleanup.RemoveBoard(site, id);
            }
        }
        foreach (var board in published.Values)
        {
            SiteCleanup.RemoveStale(site, board);
        }
        var model = new SiteModel([.. published.Values.Concat(others).OrderBy(b => b.Name, DutchOrder.Instance)]);
        var pages = new List<(string Path, byte[] Bytes)> { (IndexPage.Path, Utf8.GetBytes(IndexPage.Render(model))) };
        foreach (var board in published.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            pages.Add((board.PagePath, Utf8.GetBytes(BoardPage.Render(board))));
            pages.AddRange(board.Schools.Select(s => (s.PagePath, Utf8.GetBytes(SchoolPage.Render(s, board)))));
            pages.Add(($"{board.Id}/{BoardSnapshot.FileName}", BoardSnapshot.Write(board)));
        }
        pages.Add((Sitemap.Path, Sitemap.Render(model, options.BaseUrl)));
        pages.Add((IndexJson.Path, IndexJson.Render(model)));
        foreach (var (path, bytes) in pages)
        {
            AtomicFile.Write(Path.Combine(site, path), stream => stream.Write(bytes));
        }
        return new PublishResult(results, model, pages.Select(p => p.Path).ToList());
    }

    /// <summary>A school that failed this time stays as it was last published (its files are still there).</summary>
    private static SiteBoard KeepFailedSchools(SiteBoard board, SiteBoard? previous, IReadOnlySet<string> failed)
    {
        var kept = previous?.Schools.Where(s => failed.Contains($"{s.BoardId}/{s.Id}") && board.Schools.All(b => b.Id != s.Id)).ToList() ?? [];
        return kept.Count == 0 ? board : board with { Schools = [.. board.Schools.Concat(kept).OrderBy(s => s.Name, DutchOrder.Instance)] };
    }
}
