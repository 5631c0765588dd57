using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PlanGen.Core.Output;

namespace PlanGen.Core.Editions;

/// <summary>
/// The <c>::: intern</c> ... <c>:::</c> container in Markdown: in the public edition the whole
/// block goes, in the internal edition only its two fence lines go, so the text reads as normal.
/// Works on the Markdown text, found through the Markdig syntax tree, so every writer sees the same.
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
        var blocks = Find(PlanMarkdown.Parse(markdown));
        if (blocks.Count == 0)
        {
            return markdown;
        }
        var lines = markdown.Split('\n');
        var drop = new bool[lines.Length];
        foreach (var block in blocks)
        {
            var first = block.Line;
            var last = LastLine(markdown, block);
            if (edition == Edition.Openbaar)
            {
                for (var i = first; i <= last && i < lines.Length; i++)
                {
                    drop[i] = true;
                }
                // No double blank line where the block was.
                if ((first == 0 || lines[first - 1].Length == 0) && last + 1 < lines.Length && lines[last + 1].Length == 0)
                {
                    drop[last + 1] = true;
                }
            }
            else
            {
                drop[first] = true;
                if (last > first && last < lines.Length && IsClosingFence(lines[last]))
                {
                    drop[last] = true;
                }
            }
        }
        return string.Join('\n', lines.Where((_, i) => !drop[i]));
    }

    /// <summary>Every intern container; in the public edition nested ones go with their parent.</summary>
    private static List<CustomContainer> Find(MarkdownDocument document) =>
        document.Descendants<CustomContainer>()
            .Where(c => string.Equals(c.Info?.Trim(), Name, StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static int LastLine(string markdown, CustomContainer block)
    {
        var end = Math.Min(block.Span.End, markdown.Length - 1);
        var line = 0;
        for (var i = 0; i <= end && i < markdown.Length; i++)
        {
            if (markdown[i] == '\n' && i < end)
            {
                line++;
            }
        }
        return line;
    }

    private static bool IsClosingFence(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 3 && trimmed.All(c => c == ':');
    }
}
