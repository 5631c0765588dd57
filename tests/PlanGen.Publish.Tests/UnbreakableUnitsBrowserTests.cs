using PlanGen.TestSupport;

namespace PlanGen.Publish.Tests;

/// <summary>
/// No phone number, date, school year, group range, time or frequency of the example schools is split
/// over two lines on the HTML pages in Chromium, at phone and desktop width: for every unit in the
/// Markdown, each visible occurrence on the page is a Range whose client rects lie on one line.
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class UnbreakableUnitsBrowserTests(EditionBuild build)
{
    /// <summary>
    /// The page's text with its no-break characters made plain (as <see cref="UnbreakableUnits.Normalise"/> does),
    /// white space collapsed and a separator between blocks; per unit, how many visible occurrences there are
    /// and the ones whose rects fall on more than one line.
    /// </summary>
    private const string Script = """
        units => {
          const chars = [], map = [];
          const blockOf = node => {
            let e = node.parentElement;
            while (e && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
            return e;
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let lastBlock = null;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.parentElement || n.parentElement.closest('script,style,noscript,template')) continue;
            const block = blockOf(n);
            if (block !== lastBlock) { chars.push('\u0001'); map.push(null); lastBlock = block; }
            for (let i = 0; i < n.data.length; i++) {
              let c = n.data[i];
              if ('\u2060\u00AD\u200B\uFEFF'.includes(c)) continue;
              if (c === '\u2011' || c === '\u2010') c = '-';
              else if (/\s/.test(c)) c = ' ';
              if (c === ' ' && chars[chars.length - 1] === ' ') continue;
              chars.push(c); map.push([n, i]);
            }
          }
          const text = chars.join('');
          return units.map(unit => {
            let visible = 0; const split = [];
            for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
              const [startNode, startOffset] = map[at], [endNode, endOffset] = map[at + unit.length - 1];
              const range = document.createRange();
              range.setStart(startNode, startOffset);
              range.setEnd(endNode, endOffset + 1);
              const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
              if (rects.length === 0) continue;
              visible++;
              let lines = 1, bottom = rects[0].bottom;
              for (const r of rects) {
                if ((r.top + r.bottom) / 2 > bottom) { lines++; bottom = r.bottom; }
              }
              if (lines > 1) {
                split.push(range.toString().replace(/\s+/g, ' ') + ' (' + lines + ' regels)');
              }
            }
            return { unit, visible, split };
          });
        }
        """;

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_unit_of_the_example_schools_is_split_over_lines_in_Chromium(int width)
    {
        Skip.IfNot(Browser.Available, $"Chromium ontbreekt ({Browser.Chromium}); installeer het met: apt-get install -y chromium");
        var pages = Directory.EnumerateFiles(build.Internal, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 10, $"expected the example plans and cards, found {pages.Count}");
        await using var browser = await Browser.StartAsync(width);
        var problems = new List<string>();
        var checkedUnits = 0;
        foreach (var file in pages)
        {
            var name = Path.GetRelativePath(build.Internal, file);
            var units = UnbreakableUnits.Find(File.ReadAllText(Path.ChangeExtension(file, ".md")));
            var expected = units.GroupBy(u => u.Text).ToDictionary(g => g.Key, g => g.Count());
            var page = await browser.Context.NewPageAsync();
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            var results = await page.EvaluateAsync<UnitResult[]>(Script, expected.Keys.ToArray());
            await page.CloseAsync();
            foreach (var result in results)
            {
                checkedUnits += expected[result.Unit];
                if (result.Visible < expected[result.Unit])
                {
                    problems.Add($"{name} ({width}px): '{result.Unit}' {result.Visible} van de {expected[result.Unit]} keer zichtbaar gevonden");
                }

                problems.AddRange(result.Split.Select(s => $"{name} ({width}px): '{result.Unit}' gebroken: {s}"));
            }
        }

        Assert.True(checkedUnits > 150, $"only {checkedUnits} units found in the example schools");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {checkedUnits} units:\n{string.Join("\n", problems)}");
    }

    /// <summary>What the script returns per unit (Playwright fills it by property name).</summary>
    private sealed class UnitResult
    {
        public string Unit { get; set; } = "";

        public int Visible { get; set; }

        public string[] Split { get; set; } = [];
    }
}
