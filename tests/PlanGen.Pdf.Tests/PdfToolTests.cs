using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Checks by independent tools: fonts embedded (pdffonts), structure sound (qpdf).</summary>
public sealed class PdfToolTests
{
    [SkippableFact]
    public void PdffontsShowsEveryFontEmbeddedAndSubset()
    {
        Tools.Require("pdffonts", "poppler-utils");
        foreach (var pdf in new[] { Fixtures.Write(Fixtures.PlanDocument()), Fixtures.Write(Fixtures.KaartDocument()) })
        {
            var (output, code) = Tools.Run("pdffonts", pdf);
            Assert.Equal(0, code);
            var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.True(fonts.Count >= 2, output);
            foreach (var font in fonts)
            {
                var columns = font.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Contains("NotoSans", columns[0]);
                // name type... encoding emb sub uni: the last five columns end with emb sub uni object id.
                Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            }
        }
    }

    [SkippableFact]
    public void QpdfCheckIsClean()
    {
        Tools.Require("qpdf", "qpdf");
        foreach (var pdf in new[] { Fixtures.Write(Fixtures.PlanDocument()), Fixtures.Write(Fixtures.KaartDocument()) })
        {
            var (output, code) = Tools.Run("qpdf", pdf, "--check");
            Assert.True(code == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output);
            Assert.DoesNotContain("WARNING", output);
        }
    }

    [Fact]
    public void FontsAreSubsetSoFilesStaySmall()
    {
        // Four whole Noto Sans faces would be about 2 MB.
        Assert.InRange(Fixtures.Write(Fixtures.PlanDocument()).Length, 10_000, 200_000);
        Assert.InRange(Fixtures.Write(Fixtures.KaartDocument()).Length, 10_000, 150_000);
    }
}
