using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanGen.Document.Typography;

/// <summary>
/// Dutch typography on the typed tree, once for every format (docs/typografie.md): each literal of
/// prose gets <see cref="DutchTypography.Mode.Print"/>; code, raw HTML, autolinks and link targets
/// are never touched (they are not literals or are skipped). Empty table body cells get "–".
/// The Markdown text gets the same visible characters (no invisible no-break characters), so the
/// .md file and the other formats read alike.
/// </summary>
internal static class TypographyPass
{
    public const string EmptyCell = "\u2013";

    /// <summary>Typesets <paramref name="document"/> in place; returns <paramref name="markdown"/> with the visible changes, line for line.</summary>
    public static string Run(MarkdownDocument document, string markdown)
    {
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                var previous = '\0';
                Typeset(inline, markdown, edits, ref previous);
            }
        }

        foreach (var cell in document.Descendants<TableCell>())
        {
            Fill(cell);
        }

        return Edit(markdown, edits);
    }

    private static void Typeset(ContainerInline container, string markdown, List<(int, int, string)> edits, ref char previous)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsAutoLink: true } or LinkInline { IsImage: true }:
                    previous = 'a';
                    break;
                case LiteralInline literal:
                    Typeset(literal, markdown, edits, ref previous);
                    break;
                case CodeInline code:
                    previous = code.Content.Length > 0 ? code.Content[^1] : previous;
                    break;
                case LineBreakInline:
                    previous = ' ';
                    break;
                case ContainerInline child:
                    Typeset(child, markdown, edits, ref previous);
                    break;
            }
        }
    }

    private static void Typeset(LiteralInline literal, string markdown, List<(int, int, string)> edits, ref char previous)
    {
        var text = literal.Content.ToString();
        if (text.Length == 0)
        {
            return;
        }

        var printed = DutchTypography.Apply(text, previous, DutchTypography.Mode.Print);
        if (printed != text)
        {
            // The Markdown source changes only where the literal is written there as it reads
            // (no escapes, no entity): otherwise the .md keeps its own spelling.
            // (A table cell's literal spans its padding too, so the text is looked for inside the span.)
            var span = literal.Span;
            var at = span.Start >= 0 && span.End < markdown.Length && span.Length >= text.Length
                ? markdown.IndexOf(text, span.Start, span.Length, StringComparison.Ordinal)
                : -1;
            if (at >= 0)
            {
                var visible = DutchTypography.Apply(text, previous, DutchTypography.Mode.Visible);
                if (visible != text)
                {
                    edits.Add((at, text.Length, visible));
                }
            }

            literal.Content = new StringSlice(printed);
        }

        previous = text[^1];
    }

    /// <summary>An empty body cell reads "–", so a reader sees it was left empty on purpose.</summary>
    private static void Fill(TableCell cell)
    {
        if (cell.Parent is TableRow { IsHeader: true } || PlainText.Of(cell).Length > 0)
        {
            return;
        }

        var inline = new ContainerInline();
        inline.AppendChild(new LiteralInline(EmptyCell));
        if (cell.Count > 0 && cell[0] is ParagraphBlock paragraph)
        {
            paragraph.Inline = inline;
            return;
        }

        cell.Clear();
        cell.Add(new ParagraphBlock { Inline = inline, Line = cell.Line, Column = cell.Column, Span = cell.Span });
    }

    private static string Edit(string markdown, List<(int Start, int Length, string Text)> edits)
    {
        if (edits.Count == 0)
        {
            return markdown;
        }

        var result = new StringBuilder(markdown.Length + 64);
        var at = 0;
        foreach (var (start, length, text) in edits.OrderBy(e => e.Start))
        {
            if (start < at)
            {
                continue;
            }

            result.Append(markdown, at, start - at).Append(text);
            at = start + length;
        }

        return result.Append(markdown, at, markdown.Length - at).ToString();
    }
}
