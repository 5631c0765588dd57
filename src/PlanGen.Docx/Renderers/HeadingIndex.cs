using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Every heading below the title with a stable bookmark name, collected before rendering so the
/// table of contents (which comes first) can link to headings that are written later.
/// </summary>
internal sealed class HeadingIndex
{
    public static HeadingIndex Empty { get; } = new([]);

    private readonly Dictionary<HeadingBlock, Entry> byBlock;

    private HeadingIndex(IReadOnlyList<Entry> entries)
    {
        Entries = entries;
        byBlock = entries.ToDictionary(e => e.Block);
    }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>A heading's bookmark: "_Toc" names are Word's hidden bookmarks, so users don't see them in the list.</summary>
    public sealed record Entry(HeadingBlock Block, int Level, string Text, string Bookmark, int BookmarkId, string? AnchorId);

    public static HeadingIndex Collect(MarkdownDocument document, HeadingBlock? title)
    {
        var entries = new List<Entry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (ReferenceEquals(heading, title))
            {
                continue;
            }

            var number = entries.Count + 1;
            entries.Add(new Entry(heading, heading.Level, PlainText.Of(heading.Inline), $"_Toc{number:D8}", number, heading.GetAttributes().Id));
        }

        return new HeadingIndex(entries);
    }

    public Entry? For(HeadingBlock heading) => byBlock.GetValueOrDefault(heading);

    public Entry? ForAnchor(string anchor) => Entries.FirstOrDefault(e => string.Equals(e.AnchorId, anchor, StringComparison.Ordinal));
}
