using System.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf;
using PlanGen.Pdf.Bench;

// Usage: bench [chapters]        -> pages/s for a long plan built from the test fixture
//        render <in.md> <out.pdf> [kaart] -> one PDF, for looking at
//        markdown <chapters>             -> the long plan's Markdown on stdout
//        phases <chapters>               -> time of layout alone and of the whole write
//        corpus <folder>                 -> CPU per document over every .md below folder (e.g. synthetic schools' output)
//        corpus-phases <folder>          -> the same documents, time per writer phase (build, first pass, draw, serialise)
if (args.Length >= 3 && args[0] == "render")
{
    var kind = args.Length > 3 && args[3] == "kaart" ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan;
    var doc = RenderedDocument.Create(LongPlan.Info(kind), File.ReadAllText(args[1]));
    using var file = File.Create(args[2]);
    new PdfWriter().Write(doc, file);
    return 0;
}

if (args.Length >= 2 && args[0] == "markdown")
{
    Console.Write(LongPlan.Markdown(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

if (args.Length >= 2 && args[0] == "corpus")
{
    Corpus.Report(args[1]);
    return 0;
}

if (args.Length >= 2 && args[0] == "corpus-phases")
{
    CorpusPhases.Report(args[1]);
    return 0;
}

if (args.Length >= 2 && args[0] == "phases")
{
    var doc = RenderedDocument.Create(LongPlan.Info(DocumentKind.SociaalVeiligheidsplan), LongPlan.Markdown(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    Phases.Report(doc, PageCounter.Count(doc));
    return 0;
}

var chapters = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 60;
var document = RenderedDocument.Create(LongPlan.Info(DocumentKind.SociaalVeiligheidsplan), LongPlan.Markdown(chapters));
var writer = new PdfWriter();
long size = 0;
for (var i = 0; i < 3; i++)
{
    using var warm = new MemoryStream();
    writer.Write(document, warm);
    size = warm.Length;
}

var pages = PageCounter.Count(document);
const int Runs = 10;
var clock = Stopwatch.StartNew();
for (var i = 0; i < Runs; i++)
{
    writer.Write(document, Stream.Null);
}

clock.Stop();
var seconds = clock.Elapsed.TotalSeconds / Runs;
Console.WriteLine($"chapters={chapters} pages={pages} bytes={size} ms/document={seconds * 1000:F1} pages/s={pages / seconds:F0}");
return 0;
