using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PlanGen.Document;

namespace PlanGen.Core.Editions;

/// <summary>
/// The <c>::: intern</c> ... <c>:::</c> container in one free text of the model (public edition):
/// the whole block goes. Found through the Markdig syntax tree and cut by the same
/// <see cref="EditionPass.Cut"/> the document tree uses, so the two never disagree.
/// </summary>
public static class InternBlocks
{
    public const string Name = "intern";

    public static string Apply(string markdown, Edition edition)
    {
        if (!markdown.Contains(":::", StringComparison.Ordinal))
        {
            return markdown;
        }
        var blocks = PlanMarkdown.Parse(markdown).Descendants<CustomContainer>()
            .Where(c => string.Equals(c.Info?.Trim(), Name, StringComparison.OrdinalIgnoreCase))
            .Select(c => (c.Line, c.Span.End))
            .ToList();
        return blocks.Count == 0 ? markdown : EditionPass.Cut(markdown, blocks, keepText: edition == Edition.Intern);
    }
}
