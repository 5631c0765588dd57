using PlanGen.Document.Fonts;

namespace PlanGen.Core.Tests;

/// <summary>huisstijl: lettertype and lettertype_bestand: the board's own font is checked at validate time.</summary>
public class FontFileTests
{
    private static string Board(string style) => MinimalSchool.Board + "huisstijl:\n" + style;

    [Fact]
    public void A_sound_ttf_beside_bestuur_yaml_passes_and_is_read_for_the_build()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board("  lettertype_bestand: fonts/Huisletter.ttf\n"));
        repo.WriteBytes("schools/test/fonts/Huisletter.ttf", FontFiles.For("Arial").Regular.Bytes);
        Assert.Empty(Checks.Lines(repo));
    }

    [Fact]
    public void A_new_version_of_the_font_file_rebuilds_the_school()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board("  lettertype_bestand: fonts/Huisletter.ttf\n"));
        repo.CopyFromSource("templates");
        repo.WriteBytes("schools/test/fonts/Huisletter.ttf", FontFiles.For("Arial").Regular.Bytes);
        var options = new PlanGen.Core.Building.BuildOptions { Root = repo.Root, Writers = [new PlanGen.Core.Output.MarkdownWriter()], Incremental = true };
        PlanGen.Core.Building.SchoolBuildResult Build() => Assert.Single(new PlanGen.Core.Building.BuildService().Build(options, new PlanGen.Core.Diagnostics.DiagnosticBag()));
        Assert.False(Build().Failed);
        Assert.True(Build().Unchanged);
        repo.WriteBytes("schools/test/fonts/Huisletter.ttf", FontFiles.For("Arial").Bold.Bytes);
        var rebuilt = Build();
        Assert.False(rebuilt.Unchanged);
        Assert.False(rebuilt.Failed);
        Assert.True(Build().Unchanged);
    }

    [Fact]
    public void A_broken_font_file_is_a_dutch_error_with_its_position()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board("  lettertype_bestand: fonts/Kapot.ttf\n"));
        repo.WriteBytes("schools/test/fonts/Kapot.ttf", FontFiles.For("Arial").Regular.Bytes[..5000]);
        var line = Assert.Single(Checks.Lines(repo));
        Assert.StartsWith("schools/test/bestuur.yaml:22:23: PG0204: lettertype_bestand 'fonts/Kapot.ttf': de tabel '", line);
        Assert.Contains("valt buiten het bestand (afgebroken of beschadigd)", line);
        Assert.EndsWith("(zet een TrueType-lettertype (.ttf) in de map van het bestuur en geef het pad daarvandaan, bijvoorbeeld fonts/Huisletter.ttf; of laat lettertype_bestand weg)", line);
    }

    [Theory]
    [InlineData("fonts/Tekst.ttf", "het bestand is geen TTF- of OTF-lettertype")]
    [InlineData("fonts/Weg.ttf", "het bestand bestaat niet")]
    [InlineData("fonts/Huisletter.woff", "een lettertype moet een .ttf- of .otf-bestand zijn")]
    [InlineData("../../../etc/Huisletter.ttf", "het pad wijst buiten de map van het bestuur")]
    public void Other_bad_font_files_say_what_is_wrong(string path, string problem)
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board($"  lettertype_bestand: {path}\n"));
        repo.Write("schools/test/fonts/Tekst.ttf", "Dit is geen lettertype maar tekst.");
        var line = Assert.Single(Checks.Lines(repo));
        Assert.StartsWith($"schools/test/bestuur.yaml:22:23: PG0204: lettertype_bestand '{path}': {problem} (", line);
    }

    [Fact]
    public void A_cff_opentype_font_asks_for_the_ttf()
    {
        var bytes = new byte[64];
        "OTTO"u8.CopyTo(bytes);
        Assert.False(FontProbe.TryRead(bytes, "x.otf", out _, out var problem));
        Assert.Equal("dit is een OpenType-lettertype met PostScript-contouren (CFF); gebruik de TrueType-versie (.ttf)", problem);
    }

    [Fact]
    public void An_unknown_lettertype_warns_that_the_pdf_uses_noto_sans()
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board("  lettertype: Comic Sans\n"));
        Assert.Equal(["schools/test/bestuur.yaml:22:15: waarschuwing PG0205: lettertype 'Comic Sans' wordt niet meegeleverd; de PDF gebruikt Noto Sans (kies een van Arial, Calibri, Helvetica, Noto Sans, Liberation Sans, Carlito, Arimo, of zet het lettertype zelf in de map van het bestuur met lettertype_bestand: fonts/<bestand>.ttf)"], Checks.Lines(repo));
    }

    [Theory]
    [InlineData("Arial")]
    [InlineData("calibri")]
    [InlineData("Noto Sans")]
    public void Shipped_lettertypes_need_no_warning(string font)
    {
        using var repo = new TestRepository();
        MinimalSchool.WriteTo(repo, board: Board($"  lettertype: {font}\n"));
        Assert.Empty(Checks.Lines(repo));
    }
}
