using PlanGen.Document;
using PlanGen.Document.Fonts;
using UglyToad.PdfPig;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>The PDF is set in the board's font: Arial → Liberation Sans, Calibri → Carlito, or the board's own file.</summary>
public sealed class BoardFontTests
{
    private static HashSet<string> FontNames(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Select(n => n[(n.IndexOf('+') + 1)..]).ToHashSet();
    }

    [Theory]
    [InlineData("Arial", "LiberationSans")]
    [InlineData("Calibri", "Carlito")]
    [InlineData(null, "NotoSans")]
    [InlineData("Comic Sans", "NotoSans")]
    public void The_lettertype_chooses_the_embedded_family(string? lettertype, string prefix)
    {
        var pdf = Fixtures.Write(RenderedDocument.Create(Fixtures.Info() with { FontFamily = lettertype }, Fixtures.Plan));
        var names = FontNames(pdf);
        Assert.Contains(prefix + "-Regular", names);
        Assert.Contains(prefix + "-Bold", names);
        Assert.All(names, n => Assert.StartsWith(prefix + "-", n, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Pdffonts_lists_liberation_sans_embedded_for_an_arial_board()
    {
        Tools.Require("pdffonts", "poppler-utils");
        var pdf = Fixtures.Write(RenderedDocument.Create(Fixtures.Info() with { FontFamily = "Arial" }, Fixtures.Plan));
        var (output, code) = Tools.Run("pdffonts", pdf);
        Assert.Equal(0, code);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"^[A-Z]{6}\+LiberationSans-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes", r));
    }

    [Fact]
    public void The_boards_own_font_file_is_used_for_the_text()
    {
        // A shipped file stands in for a board's font; its PostScript name from the file's name table is what the PDF names.
        var bytes = (byte[])FontFiles.For("Calibri").Regular.Bytes.Clone();
        Assert.True(FontProbe.TryRead(bytes, "Huisletter.ttf", out var asset, out _));
        var info = Fixtures.Info() with { FontFamily = "Arial", FontFile = asset };
        var names = FontNames(Fixtures.Write(RenderedDocument.Create(info, Fixtures.Plan)));
        Assert.Equal([asset!.PostScriptName], names);
        Assert.Equal("Carlito", asset.PostScriptName); // the shipped face would be named Carlito-Regular
    }
}
