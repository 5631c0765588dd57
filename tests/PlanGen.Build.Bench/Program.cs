using BenchmarkDotNet.Running;
using PlanGen.Build.Bench;
using PlanGen.Core.Output;
using PlanGen.Document;

// PlanGen.Build.Bench phases <root> [md,html,docx,pdf]   one thread, time per build step over a folder of schools
// PlanGen.Build.Bench [BenchmarkDotNet arguments]          the micro benchmarks (SchoolBenchmarks)
if (args.Length >= 2 && args[0] == "phases")
{
    var formats = args.Length > 2 ? args[2].Split(',') : ["md"];
    // Wired as the CLI's WriterRegistry: DOCX and HTML follow the PDF engine's card plan, one per document.
    var planner = new PlanGen.Document.Card.SharedCardPlanner(new PlanGen.Pdf.PdfCardPlanner());
    IReadOnlyList<IDocumentWriter> all = [new MarkdownWriter(), new PlanGen.Html.HtmlWriter(planner), new PlanGen.Docx.DocxWriter(planner), new PlanGen.Pdf.PdfWriter()];
    Phases.Run(Path.GetFullPath(args[1]), all.Where(w => formats.Contains(w.Format)).ToList());
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Phases).Assembly).Run(args);
return 0;
