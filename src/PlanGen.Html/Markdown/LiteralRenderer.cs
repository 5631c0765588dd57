using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using PlanGen.Document.Typography;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Text as the typography pass left it (docs/typografie.md), escaped, with two HTML-specific touches:
/// a word with a non-breaking hyphen (a phone number, a school year) or a range ("5–8") becomes a nowrap span with a
/// plain hyphen, because Liberation Sans, Carlito and Arial have no U+2011 glyph and the browser would
/// borrow one from another font; an e-mail address or URL gets &lt;wbr&gt; after '@', '.' and '/', so a
/// long address breaks only there and never mid-word.
/// </summary>
internal sealed partial class LiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(text);
            return;
        }

        renderer.Write(Html(text));
    }

    /// <summary>The escaped HTML of one run of text.</summary>
    public static string Html(string text)
    {
        if (text.IndexOf(DutchTypography.NoBreakHyphen) < 0 && text.IndexOf(DutchTypography.EnDash) < 0 && !Address().IsMatch(text))
        {
            return Encode(text);
        }

        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (Match word in Unit().Matches(text))
        {
            html.Append(Encode(text[at..word.Index]));
            if (Address().IsMatch(word.Value))
            {
                html.Append(BreakableAddress(word.Value));
            }
            else
            {
                html.Append("<span class=\"nb\">")
                    .Append(Encode(word.Value.Replace(DutchTypography.NoBreakHyphen, '-')))
                    .Append("</span>");
            }

            at = word.Index + word.Length;
        }

        return html.Append(Encode(text[at..])).ToString();
    }

    /// <summary>An address with a break opportunity after each '@', '.' and '/' (not at its end).</summary>
    public static string BreakableAddress(string address)
    {
        var html = new StringBuilder(address.Length + 32);
        for (var i = 0; i < address.Length; i++)
        {
            html.Append(Encode(address[i].ToString()));
            if (address[i] is '@' or '.' or '/' && i + 1 < address.Length && address[i + 1] is not '/' and not '.')
            {
                html.Append("<wbr>");
            }
        }

        return html.ToString();
    }

    /// <summary>HTML-escapes markup characters only (a no-break space stays the character it is).</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A word holding a non-breaking hyphen (no-break spaces are part of it), or an address.</summary>
    [GeneratedRegex(@"[^ \t\r\n]*(?:\u2011|\d\u2013\d)[^ \t\r\n]*|(?:https?://|mailto:|www\.)[^\s<>()]*[^\s<>().,;:!?""']|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?:https?://|mailto:|www\.)\S|[\w.+%-]+@[\w-]+\.", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
