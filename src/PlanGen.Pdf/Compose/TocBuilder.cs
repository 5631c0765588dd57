using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// "Inhoudsopgave": chapters, sections and subsections with page numbers that link to the headings.
/// Page numbers have a reserved width, so the TOC breaks alike whatever they are: without the pages
/// (null) they are drawn once the document is laid out (<see cref="Elements.TocEntry"/>).
/// </summary>
internal static class TocBuilder
{
    /// <summary>
    /// The TOC at its normal spacing; a long one that would run a few lines onto a second page is set
    /// tighter when that keeps it on one (<paramref name="page"/>: the body's width and height).
    /// </summary>
    public static Element Build(IReadOnlyList<TocItem> items, IReadOnlyDictionary<string, int>? pages, Theme theme, Space page)
    {
        var normal = Build(items, pages, theme, lineHeight: 1.4f, chapterGap: 9, sectionGap: 2);
        if (Height(normal, page) <= page.Height)
        {
            return normal;
        }

        var tight = Build(items, pages, theme, lineHeight: 1.2f, chapterGap: 5, sectionGap: 1);
        return Height(tight, page) <= page.Height ? tight : normal;
    }

    private static Element Build(IReadOnlyList<TocItem> items, IReadOnlyDictionary<string, int>? pages, Theme theme, float lineHeight, float chapterGap, float sectionGap)
    {
        var column = new Column();
        column.Add(new TextBlock([new TextSpan("Inhoudsopgave", theme.Chapter)], Alignment.Left, 1.25f) { Tag = Rendering.StructureTag.Heading(2) });
        column.Add(new Rule(2, theme.Accent, 48), 4);
        foreach (var item in items)
        {
            var chapter = item.Level <= 2;
            var style = chapter ? theme.Body.With(bold: true) : theme.Body;
            var number = pages is null ? null : pages.TryGetValue(item.Anchor, out var at) ? at.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            var title = new TextBlock([new TextSpan(item.Text, style)], Alignment.Left, lineHeight);
            // Chapters flush left, sections and (when the school uses ####) subsections indented a step each.
            column.Add(new TocEntry(title, item.Anchor, item.Text, number, style, chapter ? 0 : 16 * (item.Level - 2), lineHeight), chapter ? chapterGap : sectionGap);
        }

        return column;
    }

    private static float Height(Element toc, Space page) => toc.Measure(new Space(page.Width, float.MaxValue / 4, TopOfPage: true)).Height;
}
