using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Document;

/// <summary>One heading below the title: level (2 chapter, 3 section, 4 subsection), plain text, stable anchor.</summary>
/// <param name="Anchor">Markdig's GitHub-style auto identifier: lower case, stable for the same heading text.</param>
public sealed record OutlineEntry(int Level, string Text, string Anchor, HeadingBlock Heading, int Number);

/// <summary>
/// Every heading below the title in document order, collected once: the TOC of every writer,
/// the PDF outline, the DOCX bookmarks, the anchors links may point to, and diff's sections.
/// </summary>
public sealed class Outline
{
    private readonly Dictionary<HeadingBlock, OutlineEntry> byHeading;
    private readonly Dictionary<string, OutlineEntry> byAnchor;

    private Outline(IReadOnlyList<OutlineEntry> entries)
    {
        Entries = entries;
        byHeading = entries.ToDictionary(e => e.Heading);
        byAnchor = entries.GroupBy(e => e.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<OutlineEntry> Entries { get; }

    /// <summary>The chapters (level 2).</summary>
    public IEnumerable<OutlineEntry> Chapters => Entries.Where(e => e.Level == 2);

    /// <summary>The deepest heading level a table of contents and the PDF bookmarks list (####); one value for every writer.</summary>
    public const int ContentsDepth = 4;

    /// <summary>Chapters, sections and subsections (## to ####): what every table of contents lists.</summary>
    public IEnumerable<OutlineEntry> Contents => Entries.Where(InContents);

    /// <summary>True for a heading the table of contents lists (levels 2 to <see cref="ContentsDepth"/>).</summary>
    public static bool InContents(OutlineEntry entry) => entry.Level >= 2 && entry.Level <= ContentsDepth;

    public static Outline Of(MarkdownDocument document)
    {
        var entries = new List<OutlineEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // Every heading gets an id now, so writers reading the tree in parallel never create attributes.
            var attributes = heading.GetAttributes();
            var anchor = string.IsNullOrEmpty(attributes.Id) ? $"kop-{heading.Line}" : attributes.Id;
            entries.Add(new OutlineEntry(heading.Level, PlainText.Of(heading.Inline), anchor, heading, entries.Count + 1));
        }

        return new Outline(entries);
    }

    public OutlineEntry? For(HeadingBlock heading) => byHeading.GetValueOrDefault(heading);

    public OutlineEntry? ForAnchor(string anchor) => byAnchor.GetValueOrDefault(anchor);
}
