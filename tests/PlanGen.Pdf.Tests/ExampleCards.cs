using System.Collections.Concurrent;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Document;

namespace PlanGen.Pdf.Tests;

/// <summary>The kwaliteitskaart of every example school and year, as the build renders it (captured before any writer).</summary>
internal static class ExampleCards
{
    private static readonly Lazy<IReadOnlyList<RenderedDocument>> Cards = new(Build);

    public static IReadOnlyList<RenderedDocument> All => Cards.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    private static IReadOnlyList<RenderedDocument> Build()
    {
        var capture = new Capture();
        var output = Path.Combine(Path.GetTempPath(), $"plangen-cards-{Guid.NewGuid():N}");
        try
        {
            var results = new BuildService().Build(new BuildOptions { Root = RepositoryRoot, Writers = [capture], OutputDirectory = output }, new DiagnosticBag());
            if (results.Any(r => r.Failed))
            {
                throw new InvalidOperationException("an example school failed to build");
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        // The build warms each writer up with a tiny document of its own ("School"); that is not a card of ours.
        return capture.Documents.Where(d => d.Info.Kind == DocumentKind.Kwaliteitskaart && d.Info.SchoolName != "School")
            .OrderBy(d => d.Info.SchoolName, StringComparer.Ordinal).ThenBy(d => d.Info.SchoolYear, StringComparer.Ordinal).ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PlanGen.sln not found above the test binaries.");
    }

    private sealed class Capture : IDocumentWriter
    {
        public ConcurrentBag<RenderedDocument> Documents { get; } = [];

        public string Format => "capture";

        public string Extension => ".capture";

        public void Write(RenderedDocument document, Stream output) => Documents.Add(document);
    }
}
