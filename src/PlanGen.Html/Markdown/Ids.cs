using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Element ids. Headings keep the id Markdig's GitHub-style auto identifiers gave them (lower
/// case); the page's own anchors contain a capital, so they can never collide with a heading.
/// Only the id is written: no other attribute from the syntax tree reaches the page.
/// </summary>
internal static class Ids
{
    public const string Main = "Inhoud";

    public static string? Of(MarkdownObject node)
    {
        var id = node.TryGetAttributes()?.Id;
        return string.IsNullOrEmpty(id) ? null : id;
    }

    public static void WriteIdAttribute(HtmlRenderer renderer, MarkdownObject node)
    {
        if (Of(node) is { } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }
    }
}
