using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

public sealed class ListTests
{
    private static OpenDocx Write(string markdown) => OpenDocx.Of(RenderedDocument.Create(
        TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "x", "Plan", logoPath: null), markdown));

    private static (int NumId, int Level) Numbering(Paragraph p) =>
        (p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value,
         p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value);

    [Fact]
    public void Nested_bullets_go_one_level_deeper()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());
        var bullets = docx.WithStyle("ListBullet").ToList();

        Assert.Equal(5, bullets.Count);
        Assert.Equal([0, 0, 1, 1, 0], bullets.Select(p => Numbering(p).Level));
        Assert.Equal("tussen leerlingen onderling;", OpenDocx.TextOf(bullets[2]));
    }

    [Fact]
    public void Every_numbered_list_restarts_and_honours_its_start_number()
    {
        using var docx = Write("# Plan\n\n1. een\n2. twee\n\nTussentekst.\n\n3. drie\n4. vier\n\nNog eens.\n\n1. opnieuw\n");
        var items = docx.WithStyle("ListNumber").ToList();
        var numIds = items.Select(p => Numbering(p).NumId).Distinct().ToList();
        Assert.Equal(3, numIds.Count);

        var instances = docx.Main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        int Start(int numId) => instances[numId].GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value;
        Assert.Equal([1, 3, 1], numIds.Select(Start));
    }

    [Fact]
    public void Second_paragraph_of_an_item_is_indented_without_a_bullet()
    {
        using var docx = Write("# Plan\n\n- eerste alinea\n\n  tweede alinea\n- volgend punt\n");

        var continuation = Assert.Single(docx.WithStyle("ListContinue"));
        Assert.Equal("tweede alinea", OpenDocx.TextOf(continuation));
        Assert.Null(continuation.ParagraphProperties!.NumberingProperties);
        Assert.Equal(2, docx.WithStyle("ListBullet").Count());
    }

    [Fact]
    public void Text_with_markup_characters_is_escaped_not_interpreted()
    {
        using var docx = Write("# Plan\n\nOuders & leerlingen <samen> \"veilig\"\n");

        Assert.Contains("Ouders & leerlingen <samen> “veilig”", docx.Paragraphs.Select(OpenDocx.TextOf)); // curly quotes: docs/typografie.md
    }
}
