using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>
/// [text](url): a real hyperlink. External targets (http, mailto, tel, relative bijlage paths)
/// become external relationships; "#anchor" jumps to the heading's bookmark.
/// </summary>
internal sealed class LinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            // Images in running text are not part of the contract; keep their description readable.
            renderer.PushFormat(renderer.Format with { Italic = true });
            renderer.WriteChildren(link);
            renderer.PopFormat();
            return;
        }

        var hyperlink = Hyperlinks.Create(renderer.Context, link.Url);
        if (hyperlink is null)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.PushInlineTarget(hyperlink);
        renderer.PushFormat(renderer.Format with { CharacterStyle = StyleIds.ForLink(link.Url) });
        renderer.WriteChildren(link);
        renderer.PopFormat();
        renderer.PopInlineTarget();
    }
}
