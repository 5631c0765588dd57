using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanGen.Document;

/// <summary>
/// The reader-visible text of inlines (no markup): the one plain-text extraction used for titles,
/// the outline, the TOC, metadata, column widths and diff. Not escaped: a writer escapes for its format.
/// </summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    /// <summary>A block's text; the children of a container joined by a space.</summary>
    public static string Of(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => Of(inline),
        ContainerBlock container => string.Join(' ', container.Select(Of)),
        _ => "",
    };

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
