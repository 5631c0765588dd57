using BenchmarkDotNet.Running;
using PlanGen.Build.Bench;
using PlanGen.Core.Output;

// PlanGen.Build.Bench phases <root> [md,html,docx,pdf] | micro [BenchmarkDotNet args]
if (args.Length >= 2 && args[0] == "phases")
{
    var formats = args.Length > 2 ? args[2].Split(',') : ["md"];
    IReadOnlyList<IDocumentWriter> all = [new MarkdownWriter(), new PlanGen.Html.HtmlWriter(), new PlanGen.Docx.DocxWriter(), new PlanGen.Pdf.PdfWriter()];
    Phases.Run(Path.GetFullPath(args[1]), all.Where(w => formats.Contains(w.Format)).ToList());
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Phases).Assembly).Run(args.Skip(args.Length > 0 && args[0] == "micro" ? 1 : 0).ToArray());
return 0;
