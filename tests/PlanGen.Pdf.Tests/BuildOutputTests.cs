using PlanGen.Core.Output;
using PlanGen.Document;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Opt-in check of real build output: set PLANGEN_PDF_CHECK_DIR to the output folder after
/// `plangen build --format all`; every PDF must hold its Markdown twin's text in order.
/// </summary>
public sealed class BuildOutputTests
{
    [SkippableFact]
    public void EveryBuiltPdfHoldsItsMarkdownInOrder()
    {
        var dir = Environment.GetEnvironmentVariable("PLANGEN_PDF_CHECK_DIR");
        Skip.If(string.IsNullOrEmpty(dir), "Set PLANGEN_PDF_CHECK_DIR to a build output folder to check real PDFs.");
        Tools.Require("pdftotext", "poppler-utils");
        var pdfs = Directory.GetFiles(dir!, "*.pdf", SearchOption.AllDirectories);
        Assert.NotEmpty(pdfs);
        foreach (var path in pdfs)
        {
            var markdown = Path.ChangeExtension(path, ".md");
            Skip.IfNot(File.Exists(markdown), $"{markdown} is missing; build with the md format too.");
            var kind = path.Contains("kwaliteitskaart", StringComparison.Ordinal) ? DocumentKind.Kwaliteitskaart : DocumentKind.SociaalVeiligheidsplan;
            var document = RenderedDocument.Create(Fixtures.Info(kind), File.ReadAllText(markdown));
            var bytes = File.ReadAllBytes(path);
            // Content order (-raw): pdftotext's column guessing reorders sparse table columns and card grids.
            var (text, code) = Tools.Run("pdftotext", bytes, "-raw");
            Assert.Equal(0, code);
            ExpectedText.AssertInOrder(ExpectedText.Blocks(document), text);
            using var pdf = PdfDocument.Open(bytes);
            Assert.True(pdf.NumberOfPages >= 2, path);
        }
    }
}
