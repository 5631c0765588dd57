using System.Text;

namespace PlanGen.Html.Page;

/// <summary>Escapes metadata strings (school name, title, ...) for HTML text and double-quoted attributes.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // No font of the house styles has a U+2011 glyph (docs/typografie.md): show a plain hyphen.
                '\u2011' => "-",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
