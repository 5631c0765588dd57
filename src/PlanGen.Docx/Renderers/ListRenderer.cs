using System.Globalization;
using Markdig.Syntax;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers;

/// <summary>
/// Bullet and numbered lists, nested by level. Each Markdown list gets its own numbering
/// instance, so numbers restart per list and honour "3." as a start.
/// </summary>
internal sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    private const int DeepestWordLevel = 8;

    protected override void Write(DocxRenderer renderer, ListBlock list)
    {
        var parent = renderer.List;
        var level = parent is null ? 0 : Math.Min(parent.Level + 1, DeepestWordLevel);
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var numberingId = renderer.Context.Numbering.NewList(list.IsOrdered, level, start);
        var scope = new ListScope(numberingId, level, list.IsOrdered ? StyleIds.ListNumber : StyleIds.ListBullet, parent);

        foreach (var item in list.OfType<ListItemBlock>())
        {
            scope.ItemStarted = false;
            renderer.List = scope;
            renderer.WriteChildren(item);
        }

        renderer.List = parent;
    }
}
