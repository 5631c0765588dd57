using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Elements.Tables;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Positions of lines and boxes for small documents, as text, against reviewed golden files.
/// </summary>
public sealed class GoldenLayoutTests
{
    private const string Lorem = "Veiligheid is een basisvoorwaarde om te leren. Pas dan zijn kinderen in staat zich sociaal en emotioneel goed te ontwikkelen.";

    [Fact]
    public void JustifiedParagraphWithBoldAndLink()
    {
        var spans = new List<TextSpan>
        {
            new("De kernwaarde is ", Harness.Body),
            new("Gelijkwaardigheid", Harness.Body.With(bold: true)),
            new(". Zie de ", Harness.Body),
            new("schoolgids", Harness.Body.With(color: Theme.LinkColor, link: "https://school.example/gids")),
            new(" voor meer afspraken met ouders en leerlingen.", Harness.Body),
        };
        Harness.AssertGolden("paragraph", Harness.Dump(Harness.Run(new TextBlock(spans, Alignment.Justify))));
    }

    [Fact]
    public void ParagraphsSplitAcrossPagesWithWidowControl()
    {
        var column = new Column();
        for (var i = 0; i < 4; i++)
        {
            column.Add(new TextBlock(Harness.Words(Lorem), Alignment.Justify), 6);
        }

        Harness.AssertGolden("pages", Harness.Dump(Harness.Run(column)));
    }

    [Fact]
    public void NestedListAndCallout()
    {
        var inner = new Column()
            .Add(new ListItem(new TextBlock(Harness.Words("–")), new TextBlock(Harness.Words("tussen leerlingen onderling")), 12), 2);
        var item = new Column().Add(new TextBlock(Harness.Words("het bevorderen van een prettige omgang"))).Add(inner, 2);
        var list = new Column().Add(new ListItem(new TextBlock(Harness.Words("•")), item, 12));
        var callout = new Decoration(new TextBlock(Harness.Words("Vertrouwensinspecteurs: 0900-111 3 111.")), 6, new Color(0xE8, 0xF5, 0xE9), new Color(0x1B, 0x5E, 0x20));
        Harness.AssertGolden("list-callout", Harness.Dump(Harness.Run(new Column().Add(list).Add(callout, 8))));
    }

    [Fact]
    public void TableRepeatsHeaderAcrossPages()
    {
        Element[] Row(string a, string b) => [new TextBlock(Harness.Words(a)), new TextBlock(Harness.Words(b))];
        var rows = Enumerable.Range(1, 9).Select(i => Row($"{i}", $"Actie nummer {i} van het stappenplan")).ToList();
        var style = new TableStyle(new Color(0x1B, 0x5E, 0x20), new Color(0xF1, 0xF8, 0xE9), Color.LightGrey, 4);
        var table = new Table(() => Row("Stap", "Actie"), rows, [34, 40], [34, 170], style);
        Harness.AssertGolden("table", Harness.Dump(Harness.Run(table)));
    }

    [Fact]
    public void HeadingIsKeptWithTheNextParagraph()
    {
        var column = new Column()
            .Add(new TextBlock(Harness.Words(Lorem + " " + Lorem + " " + Lorem), Alignment.Justify))
            .Add(new KeepWithNext(new TextBlock(Harness.Words("1.1 Kop", Harness.Body.With(bold: true, size: 13))), new TextBlock(Harness.Words(Lorem)), 4), 10);
        var pages = Harness.Run(column);
        Harness.AssertGolden("keep-with-next", Harness.Dump(pages));
        Assert.Contains(pages[^1].Lines, l => l.Text == "1.1 Kop");
        Assert.DoesNotContain(pages[0].Lines, l => l.Text == "1.1 Kop");
    }
}
