using System.Text;
using PlanGen.Document;

namespace PlanGen.Html.Tests;

/// <summary>docs/typografie.md on the web page: units that never wrap, addresses that break only at @ . /, print rules, stacked tables.</summary>
public sealed class TypographyTests
{
    private static string Html(string body)
    {
        var document = RenderedDocument.Create(TestDocuments.Info(DocumentKind.SociaalVeiligheidsplan), "# Plan\n\n## 1. Contact\n\n" + body);
        return Encoding.UTF8.GetString(TestDocuments.WriteBytes(document));
    }

    [Fact]
    public void A_phone_number_is_one_nowrap_span_with_a_plain_hyphen()
    {
        var html = Html("Bel 06-5555 0147 in schooljaar 2025-2026.\n");
        Assert.Contains("Bel <span class=\"nb\">06-5555\u00A00147</span> in <span class=\"nb\">schooljaar\u00A02025-2026.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2011", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Addresses_break_only_after_at_sign_dot_and_slash()
    {
        var html = Html("Mail [k.vanderlaan@ikcdebuitenhof.school.example](mailto:k.vanderlaan@ikcdebuitenhof.school.example) of <https://www.school.example/klachten>.\n");
        Assert.Contains(">k.<wbr>vanderlaan@<wbr>ikcdebuitenhof.<wbr>school.<wbr>example</a>", html, StringComparison.Ordinal);
        Assert.Contains(">https://<wbr>www.<wbr>school.<wbr>example/<wbr>klachten</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("overflow-wrap:anywhere}", html.Split("@media print")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_hyphenates_Dutch_prose_but_not_addresses_or_table_words()
    {
        var html = Html("Tekst.\n");
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("main{hyphens:auto", html, StringComparison.Ordinal);
        Assert.Contains("a[href],code,pre,th,td,h1,h2,h3,h4{hyphens:manual", html, StringComparison.Ordinal);
    }

    [Fact]
    public void In_print_links_lose_their_underline_and_a_bijlage_shows_its_address_but_an_address_link_does_not_repeat_itself()
    {
        var html = Html("Zie [de klachtenregeling](https://school.example/klachten.pdf) en https://school.example/a.\n");
        Assert.Contains("<a href=\"https://school.example/klachten.pdf\">de klachtenregeling</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://school.example/a\" class=\"adres\">", html, StringComparison.Ordinal);
        var print = html[html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("a{color:inherit;text-decoration:none}", print, StringComparison.Ordinal);
        Assert.Contains("main a[href]:not([href^=\"#\"]):not([href^=\"mailto:\"]):not([href^=\"tel:\"]):not(.adres)::after{content:\" (\" attr(href) \")\"", print, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_phone_table_rows_stack_and_each_cell_carries_its_column_header()
    {
        var html = Html("| Instrument | Groepen |\n|---|---|\n| Sociogram | 3-8 |\n| Vragenlijst |  |\n");
        Assert.Contains("<td data-kop=\"Instrument\">Sociogram</td><td data-kop=\"Groepen\"><span class=\"nb\">3\u20138</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-kop=\"Groepen\">\u2013</td>", html, StringComparison.Ordinal);
        Assert.Contains(".tabel td[data-kop]::before{content:attr(data-kop)", html, StringComparison.Ordinal);
    }
}
