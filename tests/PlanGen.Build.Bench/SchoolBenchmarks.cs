using BenchmarkDotNet.Attributes;
using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Loading;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Build.Bench;

/// <summary>
/// The hot parts of a build for one long school (IKC De Buitenhof, the repository's longest plan):
/// load + validate, render both documents to Markdown, and each writer on the rendered plan.
/// </summary>
[MemoryDiagnoser]
public class SchoolBenchmarks
{
    private string root = "";
    private string school = "";
    private SchoolLoader loader = null!;
    private DocumentRenderer renderer = null!;
    private SchoolProject project = null!;
    private RenderedDocument plan = null!;
    private readonly IDocumentWriter markdown = new MarkdownWriter();
    private readonly IDocumentWriter html = new PlanGen.Html.HtmlWriter();
    private readonly IDocumentWriter docx = new PlanGen.Docx.DocxWriter();
    private readonly IDocumentWriter pdf = new PlanGen.Pdf.PdfWriter();

    [GlobalSetup]
    public void Setup()
    {
        root = Repository.Root();
        school = Path.Combine(root, "schools", "stichting-horizon", "ikc-de-buitenhof");
        loader = new SchoolLoader(root);
        renderer = new DocumentRenderer(root, new TemplateRenderer());
        project = SchoolChecker.CheckOne(loader, school).Project!;
        plan = renderer.Render(project, project.Years[0], new DiagnosticBag())![0];
    }

    [Benchmark(Description = "load + validate")]
    public bool LoadAndValidate() => SchoolChecker.CheckOne(new SchoolLoader(root), school).IsValid;

    [Benchmark(Description = "render Markdown (plan + kaart)")]
    public int Render() => renderer.Render(project, project.Years[0], new DiagnosticBag())!.Count;

    [Benchmark(Description = "write md")]
    public long WriteMarkdown() => Write(markdown);

    [Benchmark(Description = "write html")]
    public long WriteHtml() => Write(html);

    [Benchmark(Description = "write docx")]
    public long WriteDocx() => Write(docx);

    [Benchmark(Description = "write pdf")]
    public long WritePdf() => Write(pdf);

    private long Write(IDocumentWriter writer)
    {
        using var buffer = new MemoryStream();
        writer.Write(plan, buffer);
        return buffer.Length;
    }
}
