using System.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Pdf.Bench;

/// <summary>
/// Many different documents in one process, as `plangen build` writes them: the built Markdown of
/// the synthetic schools (a folder with .md files). CPU per document for the writer alone.
/// </summary>
internal static class Corpus
{
    public static void Report(string folder)
    {
        var documents = Load(folder);
        foreach (var document in documents.Take(10))
        {
            new PdfWriter().Write(document, Stream.Null);
        }

        long bytes = 0;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            using var buffer = new MemoryStream();
            new PdfWriter().Write(document, buffer);
            bytes += buffer.Length;
        }

        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var pages = documents.Sum(PageCounter.Count);
        var n = documents.Count;
        Console.WriteLine($"documents={n} pages={pages} cpu/doc={used / n:F2} ms wall/doc={clock.Elapsed.TotalMilliseconds / n:F2} ms pages/s(cpu)={pages / (used / 1000):F0} bytes/doc={bytes / n} allocated/doc={allocated / n / 1024} KB");
    }

    /// <summary>Every built Markdown document below <paramref name="folder"/>, in a fixed order.</summary>
    public static List<RenderedDocument> Load(string folder) =>
        Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => RenderedDocument.Create(LongPlan.Info(f.Contains("kwaliteitskaart", StringComparison.Ordinal) ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan), File.ReadAllText(f)))
            .ToList();
}
