using System.Collections;
using CsCheck;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanGen.Core.Binding;
using PlanGen.Core.Editions;
using PlanGen.Core.Model;
using PlanGen.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Tests;

/// <summary>Values never change structure: placed inside "::: intern", under a list item or in a paragraph, an escaped value stays text.</summary>
public class MarkdownEscapeTests
{
    private static readonly string[] Pieces =
    [
        ":::", "::: intern", "# ", "## 3. ", "\n", "\r", "\r\n", "](https://phish.example/login", "[Klik hier]", "<!-- verborgen -->", "<b>", "<https://x.example>",
        "```", "~~~", "---", "===", "> ", "- ", "1. ", "| a | b |", "[ref]: https://x.example", "\\", "\\:::", "`", "*", "_", "    ", "tekst", " ", "![x](y.png)", "&lt;",
    ];

    private static readonly Gen<string> Hostile = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 12].Select(parts => string.Concat(parts));

    [Fact]
    public void No_value_closes_the_block_it_is_placed_in_or_adds_a_heading_link_or_html()
    {
        Hostile.Sample(value =>
        {
            foreach (var (escaped, markdownField) in new[] { (MarkdownEscape.Text(value), false), (MarkdownEscape.Markdown(value), true) })
            {
                var document = PlanMarkdown.Parse($"# Titel\n\n::: intern\nVoor {escaped} na\n\n- {escaped}\n\n{escaped}\n:::\n\nEinde\n");
                var containers = document.OfType<CustomContainer>().ToList();
                Assert.Single(containers);
                Assert.Equal("intern", containers[0].Info);
                Assert.Single(document.Descendants<HeadingBlock>());
                Assert.Empty(document.Descendants<HtmlBlock>());
                Assert.Empty(document.Descendants<HtmlInline>());
                Assert.Empty(document.Descendants<FencedCodeBlock>());
                Assert.IsType<ParagraphBlock>(document.LastChild);
                if (!markdownField)
                {
                    Assert.DoesNotContain(document.Descendants<LinkInline>(), l => !l.IsAutoLink);
                    Assert.Equal(value.Replace("\r\n", "\n").Replace('\r', '\n'), MarkdownEscape.Unescape(MarkdownEscape.Text(value)));
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void An_empty_list_item_in_a_quote_stays_text_and_does_not_underline_the_line_before()
    {
        // Found by CsCheck (seed aKHdA_KU_qm1): "> -" after a quoted paragraph is a setext underline, so a heading.
        var escaped = MarkdownEscape.Markdown("> `\\## 3. *\r> - \r\n<https://x.example>1. ");
        Assert.Equal("> `\\## 3. *\n> \\- \n&lt;https://x.example>1. ", escaped);
        var document = PlanMarkdown.Parse($"# Titel\n\n{escaped}\n");
        Assert.Single(document.Descendants<HeadingBlock>());
    }

    [Fact]
    public void A_values_own_intern_pair_loses_its_fences_and_keeps_its_text()
    {
        // Markdig does not nest ":::" blocks (the first ":::" closes them all), so the pair cannot stay a container.
        Assert.Equal("Open.\n\nGeheim.\n\nOok open.", MarkdownEscape.Markdown("Open.\n::: intern\nGeheim.\n:::\nOok open."));
        Assert.Equal("\\::: intern\nGeheim.", MarkdownEscape.Markdown("::: intern\nGeheim."));
    }

    [Fact]
    public void Markdown_fields_keep_lists_emphasis_and_links()
    {
        var text = MarkdownEscape.Markdown("Wij **letten** op:\n\n- elkaar\n- [de regels](https://school.example/regels)\n");
        Assert.Equal("Wij **letten** op:\n\n- elkaar\n- [de regels](https://school.example/regels)\n", text);
        Assert.Equal("\\## 3. Kop\n\\:::\n&lt;!-- x -->", MarkdownEscape.Markdown("## 3. Kop\n:::\n<!-- x -->"));
    }

    [Fact]
    public void A_link_value_stays_one_link_with_its_own_label()
    {
        var url = MarkdownEscape.Text("https://ok.example/x) [Klik hier](https://phish.example/login");
        var document = PlanMarkdown.Parse($"[Website]({MarkdownEscape.Url(MarkdownEscape.Unescape(url))})");
        var link = Assert.Single(document.Descendants<LinkInline>());
        Assert.Equal("https://ok.example/x%29%20%5BKlik%20hier%5D%28https://phish.example/login", link.Url);
    }

    [Fact]
    public void Every_text_field_of_the_model_is_escaped()
    {
        var data = Filled<SchoolData>(":::\n# kop](x)");
        var texts = Texts(data, new ModelView(Edition.Intern, null)).ToList();
        Assert.True(texts.Count > 100, $"only {texts.Count} texts");
        Assert.All(texts, t => Assert.DoesNotContain("\n:::", "\n" + t));
        Assert.All(texts, t => Assert.DoesNotContain("\n#", "\n" + t));
    }

    /// <summary>A model tree with every text field (and one item of every list) filled with <paramref name="value"/>.</summary>
    private static T Filled<T>(string value, int depth = 0) where T : ModelNode => (T)Fill(typeof(T), value, depth);

    private static ModelNode Fill(Type type, string value, int depth)
    {
        var node = (ModelNode)Activator.CreateInstance(type)!;
        foreach (var field in FieldSpec.Of(type).Where(f => f.Property.CanWrite))
        {
            var kind = field.Property.PropertyType;
            if (kind == typeof(string))
            {
                field.Property.SetValue(node, value);
            }
            else if (FieldSpec.IsModel(kind) && depth < 4)
            {
                field.Property.SetValue(node, Fill(kind, value, depth + 1));
            }
            else if (field.ElementType is { } element && depth < 4)
            {
                var list = (IList)Activator.CreateInstance(kind)!;
                if (element == typeof(string))
                {
                    list.Add(value);
                }
                else if (FieldSpec.IsModel(element))
                {
                    list.Add(Fill(element, value, depth + 1));
                }
                field.Property.SetValue(node, list);
            }
        }
        return node;
    }

    /// <summary>Every text of the tree as a template reads it through <paramref name="view"/>.</summary>
    private static IEnumerable<string> Texts(object? value, ModelView view) => value switch
    {
        string s => [s],
        ModelNode node => FieldSpec.Of(node.GetType()).SelectMany(f => Texts(view.Read(node, f, f.Property.GetValue(node)), view)),
        IList list => list.Cast<object?>().SelectMany(item => Texts(item, view)),
        _ => [],
    };
}
