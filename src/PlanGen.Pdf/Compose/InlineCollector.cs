using Markdig.Syntax.Inlines;
using PlanGen.Document;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>
/// Flattens Markdig inlines into styled spans: bold, italic, links, line breaks. Web links are blue
/// (and underlined when drawn); e-mail addresses take the board's colour without underline, as in
/// the DOCX and the HTML (docs/typografie.md), and keep their mailto: annotation.
/// </summary>
internal static class InlineCollector
{
    public static List<TextSpan> Collect(ContainerInline? inline, TextStyle style, Color? emailColor = null)
    {
        var spans = new List<TextSpan>();
        if (inline is not null)
        {
            Walk(inline, style, spans, emailColor ?? Theme.LinkColor);
        }

        return spans;
    }

    /// <summary>Links with this scheme are e-mail addresses: no underline, the board's colour.</summary>
    public static bool IsEmail(string? link) => link is not null && link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static void Walk(ContainerInline container, TextStyle style, List<TextSpan> spans, Color emailColor)
    {
        Color LinkColour(string target) => IsEmail(target) ? emailColor : Theme.LinkColor;

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new TextSpan(literal.Content.ToString(), style));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Walk(emphasis, style.With(bold: strong || style.Bold, italic: !strong || style.Italic), spans, emailColor);
                    break;
                case LinkInline { IsImage: true } image:
                    Walk(image, style.With(italic: true), spans, emailColor);
                    break;
                case LinkInline link:
                    var target = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
                    // javascript:, data:, file: and the like stay plain text (the writers' shared LinkPolicy).
                    Walk(link, LinkPolicy.IsAllowed(target) ? style.With(color: LinkColour(target), link: target) : style, spans, emailColor);
                    break;
                case AutolinkInline auto:
                    var url = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                    spans.Add(new TextSpan(auto.Url, LinkPolicy.IsAllowed(url) ? style.With(color: LinkColour(url), link: url) : style));
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
                    Walk(nested, style, spans, emailColor);
                    break;
            }
        }
    }
}
