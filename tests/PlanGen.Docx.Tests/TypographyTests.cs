using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;

namespace PlanGen.Docx.Tests;

/// <summary>docs/typografie.md in Word: unbreakable units, lead-ins kept with what follows, e-mail not underlined.</summary>
public sealed class TypographyTests
{
    private static RenderedDocument Plan(string body) => RenderedDocument.Create(
        TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan, "sociaal-veiligheidsplan", "Sociaal veiligheidsplan", null),
        "# Sociaal veiligheidsplan\n\n## 1. Contact\n\n" + body);

    [Fact]
    public void A_phone_number_holds_together_with_Words_own_non_breaking_hyphen_and_no_break_spaces()
    {
        using var docx = OpenDocx.Of(Plan("Bel 06-5555 0147 op 15 september 2025.\n"));

        var paragraph = docx.Paragraphs.Single(p => OpenDocx.TextOf(p).StartsWith("Bel", StringComparison.Ordinal));
        Assert.Equal("Bel 06-5555\u00A00147 op 15\u00A0september\u00A02025.", OpenDocx.TextOf(paragraph));
        Assert.Single(paragraph.Descendants<NoBreakHyphen>());
        // The character itself is not in the text: Liberation Sans and Carlito have no glyph for it.
        Assert.DoesNotContain(paragraph.Descendants<Text>(), t => t.Text.Contains('\u2011'));
    }

    [Fact]
    public void A_lead_in_paragraph_keeps_with_its_list_and_others_do_not()
    {
        using var docx = OpenDocx.Of(Plan("Wij hebben deze afspraken gemaakt:\n\n- eerste afspraak\n- tweede afspraak\n\nGewone tekst.\n"));

        var leadIn = docx.Paragraphs.Single(p => OpenDocx.TextOf(p) == "Wij hebben deze afspraken gemaakt:");
        Assert.NotNull(leadIn.ParagraphProperties!.KeepNext);
        var plain = docx.Paragraphs.Single(p => OpenDocx.TextOf(p) == "Gewone tekst.");
        Assert.Null(plain.ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Chapters_run_on_by_default()
    {
        using var docx = OpenDocx.Of(TestDocuments.Plan());

        Assert.Null(docx.Style("Heading1")!.StyleParagraphProperties!.PageBreakBefore);
        Assert.NotNull(docx.Style("Normal")!.StyleParagraphProperties!.WidowControl);
    }

    [Fact]
    public void E_mail_addresses_take_the_board_colour_without_underline_and_web_links_keep_theirs()
    {
        using var docx = OpenDocx.Of(Plan("Mail [k.vanderlaan@school.example](mailto:k.vanderlaan@school.example) of zie <https://school.example/klachten>.\n"));

        var styles = docx.Body.Descendants<Hyperlink>().Where(h => h.Id is not null)
            .Select(h => (Text: string.Concat(h.Descendants<Text>().Select(t => t.Text)), Style: h.Descendants<RunStyle>().First().Val!.Value))
            .ToList();
        Assert.Equal(
            [("k.vanderlaan@school.example", "Emailadres"), ("https://school.example/klachten", "Hyperlink")],
            styles);
        var email = docx.Style("Emailadres")!.StyleRunProperties!;
        Assert.Null(email.Underline);
        Assert.Equal("1B5E20", email.Color!.Val!.Value);
        Assert.NotNull(docx.Style("Hyperlink")!.StyleRunProperties!.Underline);
    }
}
