using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Preview;

/// <summary>
/// Builds one school for the preview: first HTML (what the page shows, so a save is visible at once),
/// then PDF and Word for the download links. A build with errors writes nothing, so the last good
/// render stays; its problems are kept for the page.
/// </summary>
public sealed class PreviewBuilder(string root, string school, string workDirectory)
{
    private readonly object gate = new();

    public string HtmlDirectory { get; } = Path.Combine(workDirectory, "html");
    public string DownloadDirectory { get; } = Path.Combine(workDirectory, "downloads");

    /// <summary>Changes each time the page should reload (a new render or new problems).</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>True while PDF and Word are being made after a new HTML render.</summary>
    public bool DownloadsPending { get; private set; }

    public event Action? Changed;

    public void Build()
    {
        lock (gate)
        {
            var html = Run(DocumentFormats("html"), HtmlDirectory);
            Problems = html;
            DownloadsPending = !html.Any(d => d.Severity == Severity.Error);
            Version++;
        }
        Changed?.Invoke();
        if (!DownloadsPending)
        {
            return;
        }
        lock (gate)
        {
            Run(DocumentFormats("pdf", "docx"), DownloadDirectory);
            DownloadsPending = false;
            Version++;
        }
        Changed?.Invoke();
    }

    private IReadOnlyList<Diagnostic> Run(IReadOnlyList<PlanGen.Document.IDocumentWriter> writers, string output)
    {
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions { Root = root, School = school, Writers = writers, OutputDirectory = output, Incremental = true }, general);
        var all = new DiagnosticBag();
        all.AddRange(general.Items);
        all.AddRange(results.SelectMany(r => r.Diagnostics));
        return all.Sorted().OrderBy(d => d.Severity == Severity.Error ? 0 : 1).ToList();
    }

    private static IReadOnlyList<PlanGen.Document.IDocumentWriter> DocumentFormats(params string[] formats) =>
        WriterRegistry.For(formats);
}
