using System.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;

namespace PlanGen.Pdf.Bench;

/// <summary>Time per phase (layout only vs the whole write), to see where a long plan spends it.</summary>
internal static class Phases
{
    public static void Report(RenderedDocument document, int pages)
    {
        var layout = Time(() => LayoutEngine.Record(document));
        var write = Time(() => new PdfWriter().Write(document, Stream.Null));
        Console.WriteLine($"pages={pages} layout(2 passes, recording)={layout:F1} ms ({layout / pages:F2} ms/page) write={write:F1} ms ({write / pages:F2} ms/page)");
    }

    private static double Time(Action action)
    {
        action();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            action();
        }

        return clock.Elapsed.TotalMilliseconds / 3;
    }
}
