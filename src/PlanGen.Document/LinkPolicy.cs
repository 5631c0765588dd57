namespace PlanGen.Document;

/// <summary>
/// The one rule for every writer (docs/markdown.md, docs/html.md). Which link targets become real links: http(s), mailto: and tel:, and relative paths (which
/// includes "#fragment"). Anything else (javascript:, data:, vbscript:, file:, "//host",
/// or a URL with whitespace, control characters or backslashes that a browser might rewrite,
/// or with a lone surrogate, which no URL and no XML attribute can hold)
/// is refused, and the link's text is shown as plain text.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\' || IsInvisible(c))
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == url.Length || !char.IsLowSurrogate(url[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0 && pathStart < colon)
        {
            return true;
        }

        var scheme = url[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format;
}
