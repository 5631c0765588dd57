using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Tests;

public class YamlReaderTests
{
    private static (YNode? Node, List<string> Lines) Read(string text, YamlLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.ReadText(text, "school.yaml", diagnostics, limits);
        return (node, diagnostics.Items.Select(d => d.ToLine()).ToList());
    }

    [Fact]
    public void Keeps_line_and_column_of_every_node()
    {
        var (node, lines) = Read("school:\n  naam: De Linde\n  plaats: Rivierstad\n");
        Assert.Empty(lines);
        var school = Assert.IsType<YMapping>(Assert.IsType<YMapping>(node).Get("school"));
        Assert.Equal(new SourceLocation("school.yaml", 3, 11), school.Get("plaats")!.Location);
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key()
    {
        var (_, lines) = Read("school:\n  naam: A\n  naam: B\n");
        Assert.Equal(["school.yaml:3:3: PG0002: het veld 'naam' staat twee keer in hetzelfde blok (eerst op regel 2) (verwijder of hernoem een van de twee)"], lines);
    }

    [Fact]
    public void Syntax_error_names_line_and_column_in_dutch_with_a_hint_about_tabs()
    {
        var (node, lines) = Read("school:\n\tnaam: A\n");
        Assert.Null(node);
        var line = Assert.Single(lines);
        Assert.Equal("school.yaml:2:1: PG0001: deze regel springt in met een tab; YAML kent alleen spaties om in te springen (vervang de tab door spaties, twee per niveau)", line);
    }

    [Fact]
    public void Unclosed_quote_is_reported_with_its_place()
    {
        var (_, lines) = Read("school:\n  naam: \"De Linde\n");
        Assert.Equal("school.yaml:2:9: PG0001: het aanhalingsteken \" aan het begin van deze tekst wordt nergens afgesloten (zet aan het eind van de tekst ook een \", of laat het aanhalingsteken aan het begin weg)", Assert.Single(lines));
    }

    [Fact]
    public void Alias_bomb_stops_at_the_node_limit()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 0; i < 8; i++)
        {
            bomb.Append($"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}]\n");
        }
        var (node, lines) = Read(bomb.ToString());
        Assert.Null(node);
        Assert.Contains("PG0003: het bestand wordt te groot na het uitvouwen van verwijzingen", Assert.Single(lines));
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit()
    {
        var (node, lines) = Read(new string('[', 10_000) + new string(']', 10_000));
        Assert.Null(node);
        Assert.Contains("PG0003: de gegevens zijn te diep genest (meer dan 64 niveaus)", Assert.Single(lines));
    }

    [Fact]
    public void Invalid_utf8_names_the_line()
    {
        using var repo = new TestRepository();
        repo.WriteBytes("x.yaml", [.. Encoding.UTF8.GetBytes("a: 1\nb: "), 0xC3, 0x28, (byte)'\n']);
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlReader.ReadFile(Path.Combine(repo.Root, "x.yaml"), "x.yaml", diagnostics));
        Assert.Equal("x.yaml:2:1: PG0004: het bestand is geen geldige UTF-8-tekst (sla het bestand op als UTF-8 (in VS Code: rechtsonder de codering kiezen))", Assert.Single(diagnostics.Items).ToLine());
    }

    [Fact]
    public void Bom_and_crlf_are_accepted()
    {
        using var repo = new TestRepository();
        repo.WriteBytes("x.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a: 1\r\nb: twee\r\n")]);
        var diagnostics = new DiagnosticBag();
        var node = Assert.IsType<YMapping>(YamlReader.ReadFile(Path.Combine(repo.Root, "x.yaml"), "x.yaml", diagnostics));
        Assert.Empty(diagnostics.Items);
        Assert.Equal("twee", Assert.IsType<YScalar>(node.Get("b")).Value);
        Assert.Equal(2, node.Get("b")!.Location.Line);
    }

    [Fact]
    public void Too_large_file_is_refused_without_reading_it()
    {
        using var repo = new TestRepository();
        repo.Write("big.yaml", "a: " + new string('x', 2_000_000));
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlReader.ReadFile(Path.Combine(repo.Root, "big.yaml"), "big.yaml", diagnostics));
        Assert.StartsWith("big.yaml:1:1: PG0003: het bestand is te groot", Assert.Single(diagnostics.Items).ToLine());
    }

    [Fact]
    public void Binary_data_and_directories_are_clear_errors()
    {
        using var repo = new TestRepository();
        repo.WriteBytes("bin.yaml", [0x00, 0x01, 0x02, 0xFF]);
        Directory.CreateDirectory(Path.Combine(repo.Root, "dir.yaml"));
        var diagnostics = new DiagnosticBag();
        YamlReader.ReadFile(Path.Combine(repo.Root, "bin.yaml"), "bin.yaml", diagnostics);
        YamlReader.ReadFile(Path.Combine(repo.Root, "dir.yaml"), "dir.yaml", diagnostics);
        Assert.Equal(2, diagnostics.Items.Count);
        Assert.All(diagnostics.Items, d => Assert.Equal(Codes.UnreadableFile, d.Code));
        Assert.Contains("map", diagnostics.Items[1].Message);
    }
}
