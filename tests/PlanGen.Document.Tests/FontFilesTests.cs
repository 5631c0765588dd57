using PlanGen.Document.Fonts;
using Xunit;

namespace PlanGen.Document.Tests;

public class FontFilesTests
{
    [Theory]
    [InlineData("Arial", "Liberation Sans", "LiberationSans", true)]
    [InlineData("  arial ", "Liberation Sans", "LiberationSans", true)]
    [InlineData("Calibri", "Carlito", "Carlito", true)]
    [InlineData("Carlito", "Carlito", "Carlito", false)]
    [InlineData("Noto Sans", "Noto Sans", "NotoSans", false)]
    [InlineData(null, "Noto Sans", "NotoSans", false)]
    public void The_board_lettertype_maps_onto_a_shipped_family_with_four_sound_faces(string? lettertype, string family, string prefix, bool substitute)
    {
        var files = FontFiles.For(lettertype);
        Assert.Equal(family, files.Family);
        Assert.Equal(substitute, files.IsSubstitute);
        Assert.False(files.IsFallback);
        Assert.Equal([prefix + "-Regular", prefix + "-Bold", prefix + "-Italic", prefix + "-BoldItalic"], files.Faces.Select(f => f.Name));
        Assert.Equal(4, files.Faces.Select(f => f.Bytes).Distinct().Count());
        foreach (var face in files.Faces)
        {
            Assert.True(FontProbe.TryRead(face.Bytes, face.Name + ".ttf", out var asset, out var problem), problem);
            Assert.StartsWith(family, asset!.Family, StringComparison.Ordinal);
        }

        Assert.Equal("SIL Open Font License 1.1", files.Licence);
        Assert.Contains("SIL OPEN FONT LICENSE", files.LicenceText.ToUpperInvariant());
        Assert.Contains(family, files.LicenceText);
    }

    [Fact]
    public void An_unknown_lettertype_falls_back_to_noto_sans_and_says_so()
    {
        var files = FontFiles.For("Comic Sans");
        Assert.Equal("Noto Sans", files.Family);
        Assert.Equal("Comic Sans", files.Requested);
        Assert.True(files.IsFallback);
        Assert.False(FontFiles.IsKnown("Comic Sans"));
    }

    [Fact]
    public void The_board_file_stands_for_all_four_faces()
    {
        var bytes = FontFiles.For("Calibri").Regular.Bytes;
        Assert.True(FontProbe.TryRead(bytes, "Huisletter.ttf", out var asset, out _));
        var files = FontFiles.For("Arial", asset);
        Assert.Equal("Carlito", files.Family);
        Assert.Equal(asset!.PostScriptName, files.Bold.Name);
        Assert.All(files.Faces, f => Assert.Same(bytes, f.Bytes));
    }

    [Fact]
    public void The_house_style_carries_the_fonts_and_the_chapter_switch()
    {
        var info = Infos.Plan() with { FontFamily = "Arial", NewPagePerChapter = true };
        var document = RenderedDocument.Create(info, "# Plan\n");
        Assert.Equal("Liberation Sans", document.Style.Fonts.Family);
        Assert.True(document.Style.NewPagePerChapter);
    }
}
