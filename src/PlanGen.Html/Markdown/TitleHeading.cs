using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>The document's title: its first level-1 heading (docs/markdown.md), if it has one.</summary>
internal static class TitleHeading
{
    public static HeadingBlock? Find(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().FirstOrDefault(heading => heading.Level == 1);
}
