using PlanGen.Document;
using PlanGen.Core.Output;
using PlanGen.Pdf.Text;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>Ligature glyphs (ffi, fl) are drawn, and copying or extracting the text gives the letters back.</summary>
public sealed class LigatureTests
{
    private const string Words = "officieel afflicht fijn vliegtuig";

    [Fact]
    public void NotoSansFormsLigatures()
    {
        // One glyph for "ffi" and one for "fl": fewer glyphs than letters.
        Assert.True(FontLibrary.Regular.Shape("officieel").Glyphs.Length < "officieel".Length);
        Assert.True(FontLibrary.Regular.Shape("afflicht").Glyphs.Length < "afflicht".Length);
    }

    [Fact]
    public void PdfPigReadsTheLettersOfLigatures()
    {
        using var pdf = PdfDocument.Open(Write());
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        foreach (var word in Words.Split(' '))
        {
            Assert.Contains(word, words);
        }
    }

    [SkippableFact]
    public void PdftotextReadsTheLettersOfLigatures()
    {
        Tools.Require("pdftotext", "poppler-utils");
        var (text, code) = Tools.Run("pdftotext", Write());
        Assert.Equal(0, code);
        Assert.Contains(Words, text.ReplaceLineEndings(" "));
    }

    private static byte[] Write() =>
        Fixtures.Write(RenderedDocument.Create(Fixtures.Info(), $"# Plan\n\n## 1. Woorden\n\n{Words}\n"));
}
