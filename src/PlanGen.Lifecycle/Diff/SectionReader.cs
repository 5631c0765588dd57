using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;

namespace PlanGen.Lifecycle.Diff;

/// <summary>
/// Reads a document's sections from its typed tree (the one every writer reads): a section per
/// heading (the title, chapters, sections), each with its paragraphs, list items and table rows as
/// plain text (<see cref="PlainText"/>). Callouts, card pages and PDCA blocks are read through;
/// front matter, HTML comments, table headers and page breaks are not content.
/// </summary>
public static partial class SectionReader
{
    private const string Begin = "(begin)";

    public static IReadOnlyList<DocSection> Read(RenderedDocument document, Func<string, string>? normalize = null)
    {
        var reader = new Reader(document.Outline, normalize ?? (s => s));
        reader.Blocks(document.Syntax);
        return reader.Finish();
    }

    private sealed class Reader(Outline outline, Func<string, string> normalize)
    {
        private readonly List<DocSection> sections = [];
        private string heading = Begin;
        private List<DocItem> items = [];

        public void Blocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                Block(block);
            }
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case TitleBlock title:
                    Start(title.Text);
                    break;
                case HeadingBlock h:
                    Start(Plain(outline.For(h)?.Text ?? PlainText.Of(h.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    Add(ItemKind.Paragraph, Plain(PlainText.Of(paragraph.Inline)));
                    break;
                case CodeBlock code and not YamlFrontMatterBlock:
                    Add(ItemKind.Paragraph, code.Lines.ToString());
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        ListItem(item);
                    }

                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                    {
                        Row(row);
                    }

                    break;
                case ContainerBlock container:
                    Blocks(container);
                    break;
            }
        }

        /// <summary>The item's own text; a nested list's items follow as items of their own.</summary>
        private void ListItem(ListItemBlock item)
        {
            var own = Plain(string.Join(' ', item.OfType<LeafBlock>().Select(PlainText.Of).Where(t => t.Length > 0)));
            Add(ItemKind.ListItem, own);
            foreach (var nested in item.Where(b => b is not LeafBlock))
            {
                Block(nested);
            }
        }

        /// <summary>A row reads as its non-empty cells joined by " · " and pairs with a row of the other version by its first cell.</summary>
        private void Row(TableRow row)
        {
            var cells = row.OfType<TableCell>().Select(c => Plain(PlainText.Of(c))).ToList();
            var text = string.Join(" \u00B7 ", cells.Where(c => c.Length > 0));
            if (text.Length > 0)
            {
                items.Add(new DocItem(ItemKind.TableRow, text, normalize(cells.FirstOrDefault() ?? ""), normalize(text)));
            }
        }

        private void Add(ItemKind kind, string text)
        {
            text = text.Trim();
            if (text.Length > 0)
            {
                items.Add(new DocItem(kind, text, normalize(text), normalize(text)));
            }
        }

        private void Start(string next)
        {
            Flush();
            heading = next;
        }

        private void Flush()
        {
            if (items.Count > 0 || heading != Begin)
            {
                sections.Add(new DocSection(heading, normalize(Number().Replace(heading, "")), items));
            }

            items = [];
        }

        public IReadOnlyList<DocSection> Finish()
        {
            Flush();
            return sections;
        }
    }

    /// <summary>The heading's number ("3.2 Vaststelling" → "Vaststelling"), so renumbering is no change.</summary>
    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+")]
    private static partial Regex Number();

    /// <summary>A diff compares what a reader sees: the no-break characters of docs/typografie.md as spaces and hyphens.</summary>
    private static string Plain(string text) => PlanGen.Document.Typography.DutchTypography.Plain(text);
}
