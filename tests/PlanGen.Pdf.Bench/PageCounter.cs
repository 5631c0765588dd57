using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;

namespace PlanGen.Pdf.Bench;

internal static class PageCounter
{
    public static int Count(RenderedDocument document) => LayoutEngine.Record(document).Pages.Count;
}
