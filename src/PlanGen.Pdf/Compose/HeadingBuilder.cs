using Markdig.Syntax;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>Headings: style per level, a named destination for links and the TOC, and a TOC entry.</summary>
internal static class HeadingBuilder
{
    public static float SpaceBefore(int level) => level switch
    {
        <= 2 => 18,
        3 => 16,
        _ => 12,
    };

    public static Element Build(BlockComposer composer, HeadingBlock heading)
    {
        var theme = composer.Theme;
        var style = heading.Level switch
        {
            <= 2 => theme.Chapter,
            3 => theme.Section,
            _ => theme.Subsection,
        };

        var text = InlineCollector.Collect(heading.Inline, style);
        var entry = composer.Outline.For(heading);
        var anchor = AnchorName.Safe(entry?.Anchor ?? $"kop-{heading.Line}");
        if (entry is not null && PlanGen.Document.Outline.InContents(entry))
        {
            composer.Toc.Add(new TocItem(entry.Level, entry.Text, anchor));
        }

        Element element = new TextBlock(text, Alignment.Left, 1.25f) { Tag = Rendering.StructureTag.Heading(heading.Level) };
        if (heading.Level <= 2)
        {
            // A short accent rule under each chapter title, as in the school's printed plans.
            element = new Column().Add(element).Add(new Rule(2, theme.Accent, 48), 4);
        }

        return new Anchor(anchor, element);
    }
}
