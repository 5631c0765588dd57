using System.Runtime.InteropServices;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Serialiser;

namespace PlanGen.Pdf.Bench;

/// <summary>
/// Where the writer's time goes over a corpus, phase by phase, as <see cref="PdfWriter"/> runs them:
/// building the element tree (a card's packing happens here), drawing (the TOC's numbers redrawn
/// once the pages are known), the two-pass layout for the rare document that needs it, and the
/// serialiser. CPU of this thread per phase (workstation GC collects on this thread too).
/// </summary>
internal static class CorpusPhases
{
    private static int fallbacks;

    public static void Report(string folder)
    {
        var documents = Corpus.Load(folder);
        foreach (var document in documents.Take(20))
        {
            Run(document, new double[6], new double[6]);
        }

        var plan = new double[6];
        var card = new double[6];
        var planBytes = new double[6];
        var cardBytes = new double[6];
        int plans = 0, cards = 0;
        foreach (var document in documents)
        {
            var isCard = document.Info.Kind == DocumentKind.Kwaliteitskaart;
            Run(document, isCard ? card : plan, isCard ? cardBytes : planBytes);
            _ = isCard ? cards++ : plans++;
        }

        string Line(string what, double[] t, int n) => $"{what} ({n}): build {t[0] / n:F2}, draw {t[1] / n:F2}, two passes {t[2] / n:F2} ({fallbacks} documents), serialise {t[4] / n:F2}; total {t.Sum() / n:F2} ms/doc";
        Console.WriteLine(Line("plans", plan, plans));
        Console.WriteLine(Line("cards", card, cards));
        string Allocated(string what, double[] b, int n) => $"{what} allocated: build {b[0] / n / 1024:F0}, draw {b[1] / n / 1024:F0}, two passes {b[2] / n / 1024:F0}, serialise {b[4] / n / 1024:F0}; total {b.Sum() / n / 1024:F0} KB/doc";
        Console.WriteLine(Allocated("plans", planBytes, plans));
        Console.WriteLine(Allocated("cards", cardBytes, cards));
    }

    private static void Run(RenderedDocument document, double[] t, double[] allocated)
    {
        var last = ThreadCpu.Milliseconds();
        var phase = 0;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        double Lap()
        {
            var now = ThreadCpu.Milliseconds();
            var ms = now - last;
            last = now;
            var b = GC.GetAllocatedBytesForCurrentThread();
            allocated[phase] += b - bytes;
            bytes = b;
            return ms;
        }

        using var fonts = Text.FontLibrary.Use(document.Style.Fonts);
        using var layout = DocumentLayout.Create(document);
        var metadata = PdfMetadataFactory.Create(document.Info);
        var (root, toc) = layout.Build(pages: null);
        t[0] += Lap();
        phase = 1;
        var pdf = PdfWriter.DrawPages(layout, root, metadata);
        t[1] += Lap();
        phase = 2;
        if (pdf is null)
        {
            pdf = PdfWriter.TwoPasses(layout, metadata, out toc);
            fallbacks++;
        }

        t[2] += Lap();
        phase = 4;
        using var buffer = new MemoryStream();
        pdf.WriteTo(buffer, metadata, toc.Select(e => new Serialiser.OutlineEntry(e.Level, e.Text, e.Anchor)).ToList());
        t[4] += Lap();
    }
}

/// <summary>CPU time of the calling thread (Linux clock_gettime), precise enough for one phase of one document.</summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static double Milliseconds()
    {
        _ = clock_gettime(ThreadCpuClock, out var t);
        return (t.Seconds * 1000.0) + (t.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SA1300, IDE1006 // native name
    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SA1300, IDE1006
}
