using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanGen.Html.Tests;

/// <summary>The visible text the Markdown says each heading and paragraph has, independent of the writer.</summary>
internal static class MarkdownText
{
    public static IEnumerable<(string Kind, string Text)> HeadingsAndParagraphs(MarkdownDocument document) =>
        document.Descendants()
            .OfType<LeafBlock>()
            .Where(block => block is HeadingBlock or ParagraphBlock)
            .Select(block => (block is HeadingBlock ? "heading" : "paragraph",
                TestDocuments.Normalize(Of(block.Inline))));

    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                AutolinkInline autolink => autolink.Url,
                HtmlInline html => html.Tag,
                ContainerInline nested => Of(nested),
                _ => "",
            });
        }

        return text.ToString();
    }
}
