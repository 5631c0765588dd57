using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using PlanGen.Document;
using PlanGen.Document.Nodes;

namespace PlanGen.Html.Markdown;

/// <summary>
/// Markdig's HtmlRenderer with the project's renderers swapped in: one class per node type we
/// change (headings, tables, links, autolinks, code blocks, raw HTML, custom containers). Everything else
/// (paragraphs, lists, quotes, emphasis, code) is Markdig's own, which escapes its text.
/// </summary>
internal static class PlanHtmlRenderer
{
    public static HtmlRenderer Create(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        PlanMarkdown.Pipeline.Setup(renderer);

        var renderers = renderer.ObjectRenderers;
        renderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new HeadingRenderer());
        renderers.Replace<Markdig.Renderers.Html.CodeBlockRenderer>(new CodeBlockRenderer());
        renderers.Replace<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        renderers.Replace<HtmlInlineRenderer>(new RawHtmlInlineRenderer());
        renderers.Replace<LinkInlineRenderer>(new LinkRenderer());
        renderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer());
        renderers.Replace<LiteralInlineRenderer>(new LiteralRenderer());
        renderers.Replace<HtmlTableRenderer>(new TableRenderer());
        renderers.Replace<HtmlCustomContainerRenderer>(new UntypedContainerRenderer());
        renderers.Add(new CalloutRenderer());
        renderers.Add(new CardPageRenderer());
        renderers.Add(new PhaseBlockRenderer());
        renderers.Add(new SilentRenderer<TitleBlock>());
        renderers.Add(new SilentRenderer<PageBreakBlock>());
        return renderer;
    }

    /// <summary>The inline content of a heading as HTML (emphasis kept, links filtered).</summary>
    public static string InlineHtml(LeafBlock block)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = Create(text);
        renderer.WriteLeafInline(block);
        renderer.Writer.Flush();
        return text.ToString().Trim();
    }
}
