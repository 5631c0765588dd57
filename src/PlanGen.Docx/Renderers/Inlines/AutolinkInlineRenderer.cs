using Markdig.Syntax.Inlines;
using PlanGen.Docx.Styling;

namespace PlanGen.Docx.Renderers.Inlines;

/// <summary>&lt;https://...&gt; and bare e-mail autolinks: the address is the link text.</summary>
internal sealed class AutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline autolink)
    {
        var target = autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url;
        var hyperlink = Hyperlinks.Create(renderer.Context, target);
        if (hyperlink is null)
        {
            renderer.WriteText(autolink.Url);
            return;
        }

        renderer.PushInlineTarget(hyperlink);
        renderer.PushFormat(renderer.Format with { CharacterStyle = StyleIds.ForLink(target) });
        renderer.WriteText(autolink.Url);
        renderer.PopFormat();
        renderer.PopInlineTarget();
    }
}
