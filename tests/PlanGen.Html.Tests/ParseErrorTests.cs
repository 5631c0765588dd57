using System.Text;
using AngleSharp.Html.Parser;

namespace PlanGen.Html.Tests;

/// <summary>The pages are well-formed HTML: the HTML5 parser reports no errors on them.</summary>
public sealed class ParseErrorTests
{
    [Fact]
    public void Fixture_pages_parse_without_errors()
    {
        var logo = TestDocuments.WriteTinyPng();
        foreach (var document in new[] { TestDocuments.Plan(logo), TestDocuments.Kaart() })
        {
            var errors = new List<string>();
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(e.ToString() ?? "");
            parser.ParseDocument(Encoding.UTF8.GetString(TestDocuments.WriteBytes(document)));
            Assert.Empty(errors);
        }
    }
}
