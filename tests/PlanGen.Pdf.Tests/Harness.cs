using System.Runtime.CompilerServices;
using PlanGen.Pdf.Document;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Rendering;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Runs the layout engine on a bare element tree, recording every page.</summary>
internal static class Harness
{
    public static readonly TextStyle Body = new(10, false, false, Color.Black);

    /// <summary>A small page (200 x 240 pt, 20 pt margins) so tests need little text to break pages.</summary>
    public static readonly PageGeometry SmallPage = new(200, 240, 20, 20, 20, 20);

    public static List<RecordingCanvas> Run(Element root, PageGeometry? page = null)
    {
        var pages = new List<RecordingCanvas>();
        var context = new DrawContext(new RecordingCanvas());
        Paginator.Run(root, page ?? SmallPage, context, _ =>
        {
            pages.Add(new RecordingCanvas { Verbose = true });
            return pages[^1];
        }, _ => { });
        return pages;
    }

    /// <summary>Pages as text: one "== page N" line, then what was drawn.</summary>
    public static string Dump(IEnumerable<RecordingCanvas> pages) =>
        string.Join("\n", pages.SelectMany((p, i) => p.Log.Prepend($"== page {i + 1}"))) + "\n";

    /// <summary>
    /// Compares with Golden/NAME.txt. Set PLANGEN_UPDATE_GOLDEN=1 to (re)write the golden files,
    /// then review the diff like code.
    /// </summary>
    public static void AssertGolden(string name, string actual, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("PLANGEN_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.True(Environment.GetEnvironmentVariable("PLANGEN_UPDATE_GOLDEN") == "1", $"Golden file {path} was missing and has been written; review and commit it.");
            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"Layout differs from {path}. Rerun with PLANGEN_UPDATE_GOLDEN=1 if the change is intended.\n--- actual ---\n{actual}");
    }

    public static List<TextSpan> Words(string text, TextStyle? style = null) => [new TextSpan(text, style ?? Body)];
}
