using PlanGen.Core.Building;
using PlanGen.Core.Building.Incremental;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Tests;
using PlanGen.Synthetic;

namespace PlanGen.Build.Tests;

/// <summary>A throw-away repository with synthetic schools and the real templates, and in-process builds of it.</summary>
public sealed class SyntheticRepository : IDisposable
{
    private readonly TestRepository repository = new();

    public SyntheticRepository(int schools, int boards, int seed = 7)
    {
        Schools = SyntheticSchools.Generate(System.IO.Path.Combine(TestRepository.SourceRoot, "schools"), repository.Root, schools, boards, seed);
        repository.CopyFromSource("templates");
    }

    public string Root => repository.Root;

    public IReadOnlyList<string> Schools { get; }

    public CountingWriter Markdown { get; } = new(new MarkdownWriter());

    public static IReadOnlyList<IDocumentWriter> AllFormats { get; } =
        [new MarkdownWriter(), new PlanGen.Html.HtmlWriter(), new PlanGen.Docx.DocxWriter(), new PlanGen.Pdf.PdfWriter()];

    /// <summary>An incremental build into <paramref name="output"/> (relative to the root), Markdown only unless writers are given.</summary>
    public IReadOnlyList<SchoolBuildResult> Build(string output = "output", Shard? shard = null, bool force = false, IReadOnlyList<IDocumentWriter>? writers = null)
    {
        var general = new DiagnosticBag();
        var options = new BuildOptions { Root = Root, Writers = writers ?? [Markdown], OutputDirectory = output, Incremental = true, Force = force, Shard = shard ?? Shard.All };
        var results = new BuildService().Build(options, general);
        Assert.False(general.HasErrors, string.Join("\n", general.Items));
        Assert.DoesNotContain(results, r => r.Failed);
        return results;
    }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Every file under a folder: relative path (with /) to its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static SortedDictionary<string, DateTime> Times(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);

    public void Dispose() => repository.Dispose();
}

/// <summary>A writer that counts how often it is asked to write: zero means nothing was rendered.</summary>
public sealed class CountingWriter(IDocumentWriter inner) : IDocumentWriter
{
    private int count;
    private int warmUps;

    public int Count => count;

    /// <summary>Real documents only: without the build's warm-up samples (file name "warm").</summary>
    public int Documents => count - warmUps;

    public string Format => inner.Format;

    public string Extension => inner.Extension;

    public void Write(RenderedDocument document, Stream output)
    {
        Interlocked.Increment(ref count);
        if (document.Info.FileName == "warm")
        {
            Interlocked.Increment(ref warmUps);
        }
        inner.Write(document, output);
    }

    public void Reset() => count = warmUps = 0;
}
