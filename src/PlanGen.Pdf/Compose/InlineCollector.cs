using Markdig.Syntax.Inlines;
using PlanGen.Document;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>Flattens Markdig inlines into styled spans: bold, italic, links, line breaks.</summary>
internal static class InlineCollector
{
    public static List<TextSpan> Collect(ContainerInline? inline, TextStyle style)
    {
        var spans = new List<TextSpan>();
        if (inline is not null)
        {
            Walk(inline, style, spans);
        }

        return spans;
    }

    private static void Walk(ContainerInline container, TextStyle style, List<TextSpan> spans)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new TextSpan(literal.Content.ToString(), style));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Walk(emphasis, style.With(bold: strong || style.Bold, italic: !strong || style.Italic), spans);
                    break;
                case LinkInline { IsImage: true } image:
                    Walk(image, style.With(italic: true), spans);
                    break;
                case LinkInline link:
                    var target = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
                    // javascript:, data:, file: and the like stay plain text (the writers' shared LinkPolicy).
                    Walk(link, LinkPolicy.IsAllowed(target) ? style.With(color: Theme.LinkColor, link: target) : style, spans);
                    break;
                case AutolinkInline auto:
                    var url = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                    spans.Add(new TextSpan(auto.Url, LinkPolicy.IsAllowed(url) ? style.With(color: Theme.LinkColor, link: url) : style));
                    break;
                case CodeInline code:
                    spans.Add(new TextSpan(code.Content, style));
                    break;
                case LineBreakInline lineBreak:
                    spans.Add(lineBreak.IsHard ? new TextSpan("", style, HardBreak: true) : new TextSpan(" ", style));
                    break;
                case HtmlEntityInline entity:
                    spans.Add(new TextSpan(entity.Transcoded.ToString(), style));
                    break;
                case ContainerInline nested:
                    Walk(nested, style, spans);
                    break;
            }
        }
    }
}
