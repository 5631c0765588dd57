using Markdig.Syntax;
using PlanGen.Document.Nodes;

namespace PlanGen.Document;

/// <summary>
/// The edition on the tree: in the public edition every <c>::: intern</c> block goes, in the
/// internal edition only its fences go and its text reads as normal. The Markdown text is cut
/// along the same nodes (the Markdown writer writes it), so the tree and the text always agree.
/// </summary>
public static class EditionPass
{
    /// <summary>Applies the edition to <paramref name="document"/> in place and returns the Markdown without the blocks or their fences.</summary>
    public static string Apply(MarkdownDocument document, string markdown, bool keepInternal) =>
        Apply(document, markdown, markdown, keepInternal);

    /// <summary>
    /// As <see cref="Apply(MarkdownDocument, string, bool)"/>, cutting <paramref name="output"/>: the
    /// parsed <paramref name="markdown"/> with other characters on the same lines (typography), so the
    /// blocks' lines are found in the source the tree's offsets point into.
    /// </summary>
    public static string Apply(MarkdownDocument document, string markdown, string output, bool keepInternal)
    {
        var blocks = document.Descendants<InternalBlock>().ToList();
        if (blocks.Count == 0)
        {
            return output;
        }

        var text = CutLines(output, blocks.Select(b => (b.Line, LineOf(markdown, b.Span.End))).ToList(), keepInternal);
        // Innermost first, so a nested block is unwrapped into its parent before the parent is handled.
        foreach (var block in Enumerable.Reverse(blocks))
        {
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (keepInternal)
            {
                var children = block.ToList();
                block.Clear();
                foreach (var child in children)
                {
                    parent.Insert(index++, child);
                }
            }
        }

        return text;
    }

    /// <summary>
    /// The Markdown without the given blocks (first line, end offset): whole blocks when
    /// <paramref name="keepText"/> is false, else only their opening and closing fence lines.
    /// </summary>
    public static string Cut(string markdown, IEnumerable<(int Line, int End)> blocks, bool keepText) =>
        CutLines(markdown, blocks.Select(b => (b.Line, LineOf(markdown, b.End))).ToList(), keepText);

    /// <summary>The Markdown without the given blocks, each given by its first and last line.</summary>
    private static string CutLines(string markdown, IReadOnlyList<(int First, int Last)> blocks, bool keepText)
    {
        var lines = markdown.Split('\n');
        var drop = new bool[lines.Length];
        foreach (var (first, last) in blocks)
        {
            if (!keepText)
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

    private static int LineOf(string markdown, int offset)
    {
        var end = Math.Min(offset, markdown.Length - 1);
        var line = 0;
        for (var i = 0; i < end; i++)
        {
            if (markdown[i] == '\n')
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
