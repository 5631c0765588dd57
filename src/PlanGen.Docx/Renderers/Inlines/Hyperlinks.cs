using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>Turns a Markdown link target into a Word hyperlink element, or null when it cannot be one.</summary>
internal static class Hyperlinks
{
    public static Hyperlink? Create(DocxContext context, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (url.StartsWith('#'))
        {
            var heading = context.Outline.ForAnchor(url[1..]);
            return heading is null ? null : new Hyperlink { Anchor = Bookmarks.Name(heading), History = true };
        }

        // javascript:, data:, file: and the like never become a hyperlink (the shared rule for every writer).
        if (!LinkPolicy.IsAllowed(url) || !Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var target))
        {
            return null;
        }

        return new Hyperlink { Id = context.HyperlinkRelationshipId(target), History = true };
    }
}
