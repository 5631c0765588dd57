using Markdig.Syntax;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>Bulleted and numbered lists, nested by depth; numbering starts where the Markdown says.</summary>
internal static class ListBuilder
{
    private static readonly string[] Bullets = ["•", "–", "◦"];

    public static Element Build(BlockComposer composer, ListBlock list, TextStyle style, int depth)
    {
        var column = new Column { Tag = new Rendering.StructureTag(Rendering.StructureRole.L) };
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : Bullets[depth % Bullets.Length];
            var content = new Column();
            foreach (var child in item)
            {
                var element = child is ListBlock nested
                    ? Build(composer, nested, style, depth + 1)
                    : composer.Build(child, style);
                if (element is not null)
                {
                    content.Add(element, child is ListBlock ? 2 : 3);
                }
            }

            var markerText = new TextBlock([new TextSpan(marker, style.With(color: composer.Theme.Accent))]);
            column.Add(new ListItem(markerText, content, list.IsOrdered ? composer.Theme.ListIndent + 4 : composer.Theme.ListIndent), 3);
        }

        return column;
    }
}
