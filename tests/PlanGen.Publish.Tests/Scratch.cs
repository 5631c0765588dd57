using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Publish.Tests;

/// <summary>A temporary repository root for one test, with copies of the real schools/ and templates/.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch()
    {
        Root = Path.Combine(Path.GetTempPath(), "plangen-publish-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The real repository (where PlanGen.sln is), found from the test's bin folder.</summary>
    public static string SourceRoot { get; } = FindSourceRoot();

    /// <summary>Every writer, as "build --format all" uses them.</summary>
    public static IReadOnlyList<IDocumentWriter> Writers { get; } =
        [new MarkdownWriter(), new PlanGen.Html.HtmlWriter(), new PlanGen.Docx.DocxWriter(), new PlanGen.Pdf.PdfWriter()];

    public void Copy(string relativeFolder)
    {
        var from = Path.Combine(SourceRoot, relativeFolder);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(Root, relativeFolder, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindSourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlanGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("PlanGen.sln not found above the test folder");
    }
}
