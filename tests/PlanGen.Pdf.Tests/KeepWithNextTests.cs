using System.Text;
using PlanGen.Core.Output;
using PlanGen.Document;
using PlanGen.Pdf.Document;
using Xunit;

namespace PlanGen.Pdf.Tests;

public sealed class KeepWithNextTests
{
    /// <summary>
    /// Whatever amount of text comes before, a heading (or a chain of headings) never ends a page:
    /// it moves to the next page with the start of its first block.
    /// </summary>
    [Fact]
    public void NoPageEndsWithAHeading()
    {
        for (var filler = 1; filler <= 45; filler++)
        {
            var md = new StringBuilder("# Plan\n\n## 1. Hoofdstuk\n\n");
            for (var p = 0; p < filler; p++)
            {
                md.Append("Een korte alinea over sociale veiligheid op school.\n\n");
            }

            md.Append("### 1.1 Sectie\n\n#### Onderdeel\n\nDe eerste alinea na de koppen, lang genoeg voor twee regels tekst op een pagina van dit plan, zodat hij kan breken.\n\n");
            md.Append("| Stap | Actie |\n|---|---|\n| 1 | Eerste stap |\n| 2 | Tweede stap |\n");
            var layout = LayoutEngine.Record(RenderedDocument.Create(Fixtures.Info(), md.ToString()));
            var headings = new HashSet<string> { "1. Hoofdstuk", "1.1 Sectie", "Onderdeel" };
            var bottom = layout.Geometry.Height - layout.Geometry.Bottom;
            foreach (var page in layout.Pages.Skip(2))
            {
                var body = page.Lines.Where(l => l.Bounds.Bottom <= bottom + 1 && l.Bounds.Y >= layout.Geometry.Top - 10).ToList();
                Assert.False(headings.Contains(body[^1].Text), $"filler {filler}: page ends with heading '{body[^1].Text}'");
            }
        }
    }
}
