using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// "Inhoudsopgave": chapters and sections with page numbers that link to the headings. Page numbers
/// come from a first layout pass; their width is reserved, so the second pass breaks alike.
/// </summary>
internal static class TocBuilder
{
    public static Element Build(IReadOnlyList<TocItem> items, IReadOnlyDictionary<string, int> pages, Theme theme)
    {
        var column = new Column();
        column.Add(new TextBlock([new TextSpan("Inhoudsopgave", theme.Chapter)], Alignment.Left, 1.25f) { Tag = Rendering.StructureTag.Heading(2) });
        column.Add(new Rule(2, theme.Accent, 48), 4);
        foreach (var item in items)
        {
            var chapter = item.Level <= 2;
            var style = chapter ? theme.Body.With(bold: true) : theme.Body;
            var number = pages.TryGetValue(item.Anchor, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            var title = new TextBlock([new TextSpan(item.Text, style)], Alignment.Left, 1.4f);
            column.Add(new TocEntry(title, item.Anchor, number, style, chapter ? 0 : 16), chapter ? 9 : 2);
        }

        return column;
    }
}
