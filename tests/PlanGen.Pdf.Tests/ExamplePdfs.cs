using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The example schools (schools/ of the checkout) built once as PDF, as `plangen build --format pdf` does.</summary>
internal static class ExamplePdfs
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Pdf, string Markdown)>> Built = new(Build);

    public static IReadOnlyList<(string Name, byte[] Pdf)> All => Built.Value.Select(b => (b.Name, b.Pdf)).ToList();

    /// <summary>Each PDF with the Markdown the same build wrote beside it (the text the PDF was made from).</summary>
    public static IReadOnlyList<(string Name, byte[] Pdf, string Markdown)> WithMarkdown => Built.Value;

    public static IEnumerable<(string Name, byte[] Pdf)> Plans => All.Where(p => p.Name.EndsWith("sociaal-veiligheidsplan.pdf", StringComparison.Ordinal));

    private static IReadOnlyList<(string, byte[], string)> Build()
    {
        var output = Path.Combine(Path.GetTempPath(), $"plangen-examples-{Guid.NewGuid():N}");
        try
        {
            var general = new DiagnosticBag();
            var options = new BuildOptions { Root = SourceRoot(), Writers = [new PdfWriter(), new PlanGen.Core.Output.MarkdownWriter()], OutputDirectory = output };
            var results = new BuildService().Build(options, general);
            Assert.DoesNotContain(results, r => r.Failed);
            return Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(output, f), File.ReadAllBytes(f), File.ReadAllText(Path.ChangeExtension(f, ".md")))).ToList();
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PlanGen.sln not found above the test folder");
    }
}
