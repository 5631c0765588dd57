using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Docx.Tests;

/// <summary>
/// Every example school's DOCX (plans and cards) with the Markdown beside it, rendered through
/// LibreOffice once per test run in one soffice call and shared by the tests that read the rendering.
/// </summary>
internal static class LibreOfficeExamples
{
    private static readonly string Output = Path.Combine(Path.GetTempPath(), $"plangen-docx-lo-{Guid.NewGuid():N}");
    private static readonly Lazy<IReadOnlyList<Rendering>> Rendered = new(Render);

    /// <summary>One document: a unique name (board_school_year_file), the DOCX, LibreOffice's PDF and the Markdown.</summary>
    public sealed record Rendering(string Name, string Docx, string Pdf, string Markdown);

    public static IReadOnlyList<Rendering> All => Rendered.Value;

    public static IEnumerable<Rendering> Plans => All.Where(r => r.Name.EndsWith("sociaal-veiligheidsplan.docx", StringComparison.Ordinal));

    private static IReadOnlyList<Rendering> Render()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(Output))
            {
                Directory.Delete(Output, recursive: true);
            }
        };
        var build = Path.Combine(Output, "build");
        var results = new BuildService().Build(new BuildOptions
        {
            Root = TestDocuments.RepositoryRoot,
            Writers = [new DocxWriter(), new MarkdownWriter()],
            OutputDirectory = build,
        }, new DiagnosticBag());
        Assert.All(results, r => Assert.False(r.Failed, $"{r.School} failed to build"));

        // Every school's files have the same names: each copy gets a unique one for the one soffice call.
        var copies = new List<(string Name, string Docx, string Markdown)>();
        foreach (var docx in Directory.GetFiles(build, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(build, docx).Replace(Path.DirectorySeparatorChar, '_');
            var copy = Path.Combine(Output, "docx", name);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(docx, copy);
            copies.Add((name, copy, File.ReadAllText(Path.ChangeExtension(docx, ".md"))));
        }

        var pdfs = LibreOffice.ToPdf(copies.Select(c => c.Docx).ToList(), Path.Combine(Output, "pdf"));
        return copies.Select((c, i) => new Rendering(c.Name, c.Docx, pdfs[i], c.Markdown)).ToList();
    }
}
